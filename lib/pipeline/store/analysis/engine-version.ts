import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

let memo: string | null | undefined;

/**
 * The version of the analysis engine running in this process: a hash of lib/analysis's sources
 * (tests and the benchmark excluded), so any change to the engine — a lexicon entry, a threshold —
 * is a new version without anyone having to remember to bump a number. Stored with each story's
 * analysis; a story analysed by another version is re-analysed in full before articles are added
 * incrementally (`npm run reanalyze` re-runs every out-of-date story). null when the sources are
 * not on disk (then nothing is ever added incrementally: always correct, only slower).
 */
export function getEngineVersion(): string | null {
  if (memo !== undefined) return memo;
  try {
    const root = path.join(process.cwd(), "lib", "analysis");
    const files: string[] = [];
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== "bench") visit(full);
        } else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) files.push(full);
      }
    };
    visit(root);
    const hash = createHash("sha256");
    for (const file of files.sort()) hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
    memo = files.length > 0 ? `sha256:${hash.digest("hex").slice(0, 16)}` : null;
  } catch {
    memo = null;
  }
  return memo;
}
