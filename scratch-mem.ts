import { readdirSync, readFileSync } from "node:fs";
import { createAppDb } from "@/lib/db";
import { importArticles } from "@/lib/pipeline/import-articles";
const SEED = "seeds/abraham-accords-expansion";
const texts = readdirSync(SEED).filter((n) => n.endsWith(".txt")).map((n) => readFileSync(`${SEED}/${n}`, "utf8"));
const mb = (n: number) => Math.round(n / 1e6);
const mem = (label: string) => { const m = process.memoryUsage(); const st = readFileSync("/proc/self/status", "utf8"); console.log(`${label}: rss ${mb(m.rss)} MB heapUsed ${mb(m.heapUsed)} heapTotal ${mb(m.heapTotal)} external ${mb(m.external)} arrayBuffers ${mb(m.arrayBuffers)} | ${/VmHWM:\s+(\d+)/.exec(st)![1]! } kB peak, threads ${/Threads:\s+(\d+)/.exec(st)![1]}`); };
const db = createAppDb();
await db.story.count();
mem("start");
const t0 = performance.now();
await importArticles(db, {
  newStory: { title: "Mem " + Date.now() },
  articles: Array.from({ length: 201 }, (_, i) => ({ text: `${texts[i % texts.length]}\n\nUpdate ${i}: officials said talks would resume on day ${i}.`, outlet: "Reuters", title: `Copy ${i}`, isReference: i === 0 })),
});
mem(`after import (${Math.round(performance.now() - t0)} ms)`);
await new Promise((r) => setTimeout(r, 3000));
mem("after 3 s");
(globalThis as any).gc?.();
mem("after gc");
const pool = (globalThis as any).claimtrailWorkerPool;
if (pool) { await pool.destroy(); delete (globalThis as any).claimtrailWorkerPool; }
await new Promise((r) => setTimeout(r, 1000));
mem("after pool destroyed");
(globalThis as any).gc?.();
mem("after gc 2");
await db.$disconnect();
