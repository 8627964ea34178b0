import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cleanArticle } from "@/lib/analysis";
import { generateCorpus } from "@/lib/analysis/bench/generate-corpus";
import { DEFAULT_SEEDS_DIR } from "@/lib/pipeline/seed-stories";

// Story folders (manifest + text files, the format `npm run import` reads) of generated rewrites of
// a seed wire report: the import benchmark and the e2e flows on large stories build them.
const SEED_DIR = path.join(DEFAULT_SEEDS_DIR, "abraham-accords-expansion");
const read = (file: string) => readFileSync(path.join(SEED_DIR, file), "utf8");
const REFERENCE = read("001_4d75c897f5d879f7.txt");
const POOL = ["000_6fbb3d5136221882.txt", "002_383cd2eb02f0c364.txt", "003_08e63f9825b4c2c5.txt", "004_cd2b3fb8890cfec0.txt"].map(read);

/** `count` generated rewrites of the seed's wire report (deterministic for a seed). */
export function generateRewrites(count: number, seed: number): string[] {
  return generateCorpus(cleanArticle(REFERENCE).body.map((span) => span.text).join("\n"), POOL, count, 40, seed).derivatives;
}

/** A day after 2025-08-01 per article, so story order is import order (articles are added incrementally). */
const dayAfter = (days: number) => new Date(Date.UTC(2025, 7, 1 + days)).toISOString().slice(0, 10);

/**
 * Writes a story folder: `texts` as articles numbered from `firstDay` (outlet "Outlet N", published
 * N days after the reference), with the wire report as the reference ("Reuters") when asked.
 */
export function writeStoryFolder(dir: string, slug: string, texts: string[], firstDay: number, withReference: boolean): void {
  mkdirSync(dir, { recursive: true });
  const articles = texts.map((text, index) => {
    const file = `d${String(firstDay + index).padStart(5, "0")}.txt`;
    writeFileSync(path.join(dir, file), text);
    const n = firstDay + index;
    return { file, outlet: { name: `Outlet ${n}`, domain: `outlet-${n}.example`, kind: "blog" }, title: `Rewrite ${n}`, url: `https://outlet-${n}.example/story`, publishedAt: dayAfter(n) };
  });
  if (withReference) {
    writeFileSync(path.join(dir, "reference.txt"), REFERENCE);
    articles.unshift({ file: "reference.txt", outlet: { name: "Reuters", domain: "reuters.com", kind: "wire" }, title: "The wire report", url: "https://www.reuters.com/story", publishedAt: dayAfter(0) });
  }
  writeFileSync(path.join(dir, "manifest.json"), JSON.stringify({ slug, title: `Bench story ${slug}`, reference: articles[0]!.file, articles }, null, 2));
}
