import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { createDb } from "@/lib/db";
import { setVerdict } from "@/lib/pipeline/set-verdict";
import { STORY_ARTICLE_ORDER } from "@/lib/pipeline/story-order";
import { generateRewrites, writeStoryFolder } from "@/lib/testing/write-generated-story";
import { MAX_IMPORT_ARTICLES } from "@/lib/validation/article-import";
import { GNU_TIME, measureProcess } from "./bench-process";

// `npm run bench:import [-- --sizes 50,200,1000]`: stories of generated articles imported as a user
// does (`npm run import -- DIR`, a fresh process each), then one article added to each, then an
// editor's verdict saves timed while `npm run reanalyze -- --story SLUG` re-analyses the story, and
// again while `… --reference ID` makes another of its articles the reference (every claim replaced).
// Targets (issue #13, 2-core machine): a new 1,000-article story ≤ 30 s and ≤ 500 MB; one article
// added to it ≤ 1 s and ≤ 300 MB; verdict save p95 ≤ 300 ms during its full re-analysis; no write
// transaction over ~200 ms.

const ROOT = path.resolve(import.meta.dirname, "../..");
/** Pause between an editor's saves: a busy editor clicking through the review queue. */
const SAVE_INTERVAL_MS = 100;

function readSizes(): number[] {
  const at = process.argv.indexOf("--sizes");
  const sizes = (at >= 0 ? (process.argv[at + 1] ?? "") : "50,200,1000").split(",").map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error("--sizes takes positive integers, e.g. 50,200,1000");
  return sizes;
}

const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/**
 * Verdict saves through setVerdict, one every SAVE_INTERVAL_MS, while `npm run reanalyze` runs:
 * a full re-analysis, or with `newReferenceId` a *Make reference* (`--reference`).
 */
async function timeSavesDuringReanalysis(url: string, slug: string, env: NodeJS.ProcessEnv, newReferenceId?: string) {
  const db = createDb(url);
  try {
    const editor = await db.user.create({ data: { email: `bench-${Date.now()}@example.org`, role: "editor", passwordHash: "not-a-login" }, select: { id: true } });
    const appearances = await db.claimAppearance.findMany({ where: { article: { story: { slug } }, machineLabel: { not: "faithful" } }, select: { id: true }, take: 2000 });
    // The re-analysis runs as a job (lib/pipeline/jobs/): staged in short transactions, switched in by one.
    // Under GNU time, for the re-analysis's peak RSS (the job holds the engine result and the diff).
    const timeFile = path.join(tmpdir(), `claimtrail-reanalyze-${process.pid}-${Date.now()}`);
    const command = ["npm", "run", "--silent", "reanalyze", "--", "--story", slug, ...(newReferenceId ? ["--reference", newReferenceId] : [])];
    const [file, args] = existsSync(GNU_TIME) ? [GNU_TIME, ["-f", "%M", "-o", timeFile, ...command]] : [command[0]!, command.slice(1)];
    const child = spawn(file, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    let isRunning = true;
    const done = new Promise<number | null>((resolve) => child.once("close", (code) => ((isRunning = false), resolve(code))));
    const started = performance.now();
    const latencies: number[] = [];
    let failed = 0;
    const reasons = new Set<string>();
    for (let n = 0; isRunning; n += 1) {
      const target = appearances[n % appearances.length];
      if (!target) break;
      const current = await db.claimAppearance.findUnique({ where: { id: target.id }, select: { version: true } });
      if (!current) continue; // replaced by the re-analysis: the editor would reload
      const at = performance.now();
      try {
        const result = await setVerdict(db, editor.id, { appearanceId: target.id, version: current.version, label: n % 2 ? "softened" : "hardened", note: `bench save ${n}` });
        if (result.ok) latencies.push(performance.now() - at);
        else if (result.status === 404) continue; // the re-analysis replaced that machine row: the editor reloads
        else {
          failed += 1;
          reasons.add(`${result.status}: ${result.message}`);
        }
      } catch (error) {
        failed += 1; // a lock wait past SQLite's busy timeout or Prisma's transaction limits
        reasons.add(error instanceof Error ? error.message.split("\n").filter(Boolean).pop()! : String(error));
      }
      await new Promise((resolve) => setTimeout(resolve, SAVE_INTERVAL_MS));
    }
    const code = await done;
    if (code !== 0) throw new Error(`npm run reanalyze exited with ${code}: ${stderr.slice(-2000)}`);
    for (const reason of reasons) console.log(`  a save failed: ${reason.slice(0, 200)}`);
    // reanalyze reports "… N write transactions, longest X ms (switch Y ms, Z ms of it holding the lock)".
    const peakKb = existsSync(timeFile) ? Number(readFileSync(timeFile, "utf8").trim().split("\n").pop()) : NaN;
    rmSync(timeFile, { force: true });
    const transactions = /(\d+) write transactions, longest (\d+) ms \(switch (\d+) ms, (\d+) ms of it holding the lock\)/.exec(stdout);
    return {
      latencies: latencies.sort((a, b) => a - b),
      failed,
      reanalysisMs: performance.now() - started,
      reanalysisPeakRssMb: Number.isFinite(peakKb) ? peakKb / 1024 : null,
      transactions: transactions ? { count: Number(transactions[1]), longestMs: Number(transactions[2]), switchMs: Number(transactions[3]), switchHeldMs: Number(transactions[4]) } : null,
    };
  } finally {
    await db.$disconnect();
  }
}

const mb = (value: number | null) => (value === null ? "n/a" : `${value.toFixed(0)} MB`);
const cpu = (value: number | null) => (value === null ? "" : `, CPU ${value.toFixed(1)} s`);

/** The saves' latencies, the re-analysis' wall time and peak RSS, and its longest write transaction, as table cells. */
function describeSaves(saves: Awaited<ReturnType<typeof timeSavesDuringReanalysis>>): string[] {
  return [
    saves.latencies.length > 0 ? `p50 ${percentile(saves.latencies, 0.5).toFixed(0)} ms, p95 ${percentile(saves.latencies, 0.95).toFixed(0)} ms, max ${saves.latencies.at(-1)!.toFixed(0)} ms (${saves.latencies.length} saves${saves.failed ? `, ${saves.failed} failed` : ""})` : `no save succeeded (${saves.failed} failed)`,
    `${(saves.reanalysisMs / 1000).toFixed(1)} s, ${mb(saves.reanalysisPeakRssMb)}`,
    saves.transactions ? `longest ${saves.transactions.longestMs} ms, switch ${saves.transactions.switchMs} ms, ${saves.transactions.switchHeldMs} ms holding the lock (${saves.transactions.count} transactions)` : "n/a",
  ];
}

/** A derivative of the story to make its reference: the first one after the reference in story order. */
async function readSecondArticle(url: string, slug: string): Promise<string> {
  const db = createDb(url);
  try {
    const story = await db.story.findUniqueOrThrow({ where: { slug }, select: { referenceArticleId: true, articles: { select: { id: true }, orderBy: STORY_ARTICLE_ORDER } } });
    return story.articles.find((article) => article.id !== story.referenceArticleId)!.id;
  } finally {
    await db.$disconnect();
  }
}

const rows: string[][] = [];
const referenceRows: string[][] = [];
for (const size of readSizes()) {
  const dir = mkdtempSync(path.join(tmpdir(), `claimtrail-bench-import-${size}-`));
  try {
    const url = `file:${path.join(dir, "bench.db")}`;
    const env = { ...process.env, DATABASE_URL: url };
    execFileSync(path.join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: ROOT, env, stdio: "ignore" });
    // The server runs SQLite in write-ahead-log mode (lib/http/serve-app.ts): readers never wait.
    new Database(path.join(dir, "bench.db")).pragma("journal_mode = WAL");
    const slug = `bench-${size}`;
    const texts = generateRewrites(size + 1, size);
    // An import takes at most MAX_IMPORT_ARTICLES: a larger story is imported in batches (the later
    // ones added incrementally), and the initial import is their sum.
    const batches: string[] = [];
    for (let first = 0; first < size - 1; first += MAX_IMPORT_ARTICLES - 1) {
      const batch = path.join(dir, `story-${batches.length}`);
      writeStoryFolder(batch, slug, texts.slice(first, Math.min(size - 1, first + MAX_IMPORT_ARTICLES - 1)), first + 1, batches.length === 0);
      batches.push(batch);
    }
    writeStoryFolder(path.join(dir, "one"), slug, texts.slice(size), size + 1, false);

    const parts = [];
    for (const [index, batch] of batches.entries()) {
      parts.push(await measureProcess("npm", ["run", "--silent", "import", "--", batch, ...(index > 0 ? ["--story", slug] : [])], { cwd: ROOT, env }));
    }
    const peaks = parts.flatMap((part) => (part.peakRssMb === null ? [] : [part.peakRssMb]));
    const cpus = parts.flatMap((part) => (part.cpuS === null ? [] : [part.cpuS]));
    const initial = { wallMs: parts.reduce((sum, part) => sum + part.wallMs, 0), peakRssMb: peaks.length > 0 ? Math.max(...peaks) : null, cpuS: cpus.length === parts.length ? cpus.reduce((a, b) => a + b, 0) : null };
    const addOne = await measureProcess("npm", ["run", "--silent", "import", "--", path.join(dir, "one"), "--story", slug], { cwd: ROOT, env });
    const saves = await timeSavesDuringReanalysis(url, slug, env);
    rows.push([
      String(size),
      `${(initial.wallMs / 1000).toFixed(1)} s${cpu(initial.cpuS)}, ${mb(initial.peakRssMb)}${parts.length > 1 ? ` (${parts.length} imports)` : ""}`,
      `${(addOne.wallMs / 1000).toFixed(2)} s${cpu(addOne.cpuS)}, ${mb(addOne.peakRssMb)}`,
      ...describeSaves(saves),
    ]);
    console.log(`${size} articles: ${rows.at(-1)!.slice(1).join(" | ")}`);
    // Make reference: nearly every claim is replaced (rows written ahead and deleted behind the switch).
    const reference = await readSecondArticle(url, slug);
    referenceRows.push([String(size), ...describeSaves(await timeSavesDuringReanalysis(url, slug, env, reference))]);
    console.log(`${size} articles, make reference: ${referenceRows.at(-1)!.slice(1).join(" | ")}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printTable(header: string[], body: string[][]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((row) => row[column]!.length)));
  for (const row of [header, ...body]) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join("  "));
}
console.log("");
printTable(["articles", "import new story (wall, CPU, peak RSS)", "add one article", "verdict saves during full re-analysis (job)", "re-analysis (whole process, peak RSS)", "longest write transaction"], rows);
console.log("");
printTable(["articles", "verdict saves during make reference (job)", "make reference (whole process, peak RSS)", "longest write transaction"], referenceRows);
console.log("one run per size; on a shared machine, repeat and report the range");
