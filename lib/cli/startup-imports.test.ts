import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// What a CLI thread loads before it does anything is paid on every run. These packages are only
// needed by some inputs (an HTML page, a PostgreSQL URL, a stale bundle) and are imported on first
// use; measured on the 2-core machine, loading them cost linkedom ~120 ms, pg with
// @prisma/adapter-pg ~50 ms, pg-boss ~60 ms and esbuild ~15 ms per thread. This walks the static imports (what
// runs at load; `import type` and `import()` do not) from each entry and fails when one of them
// is reached again.

const ROOT = path.resolve(import.meta.dirname, "../..");
const ON_FIRST_USE = ["linkedom", "@mozilla/readability", "pg", "@prisma/adapter-pg", "pg-boss", "esbuild"];

/** Static imports and re-exports of a module's source, type-only ones left out. */
function staticImports(source: string): string[] {
  const found: string[] = [];
  const patterns = [/^\s*import\s+(?!type\s)[^;]*?\bfrom\s+["']([^"']+)["']/gm, /^\s*import\s+["']([^"']+)["']/gm, /^\s*export\s+(?!type\s)[^;]*?\bfrom\s+["']([^"']+)["']/gm];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]!);
  return found;
}

function resolveLocal(specifier: string, from: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (base === null) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.mjs`, path.join(base, "index.ts")]) {
    if (existsSync(candidate) && !candidate.endsWith(path.sep) && /\.(ts|mjs|js)$/.test(candidate)) return candidate;
  }
  throw new Error(`cannot resolve ${specifier} from ${path.relative(ROOT, from)}`);
}

/** Every package a module loads at start-up, with the chain of files that leads to it. */
function packagesLoadedBy(entry: string): Map<string, string[]> {
  const packages = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of staticImports(readFileSync(file, "utf8"))) {
      const local = resolveLocal(specifier, file);
      if (local) visit(local, [...chain, path.relative(ROOT, local)]);
      else if (!specifier.startsWith("node:")) {
        const name = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]!;
        if (!packages.has(name)) packages.set(name, chain);
      }
    }
  };
  visit(path.join(ROOT, entry), [entry]);
  return packages;
}

describe("what the CLIs load at start-up", () => {
  it.each(["lib/cli/analyze.ts", "lib/cli/analyze-worker.ts", "lib/cli/import.ts", "lib/cli/reanalyze.ts", "lib/cli/worker.ts", "lib/pipeline/worker/tasks.ts", "lib/cli/launch-cli.mjs"])(
    "%s reaches none of the packages loaded on first use",
    (entry) => {
      const loaded = packagesLoadedBy(entry);
      const reached = ON_FIRST_USE.filter((name) => loaded.has(name)).map((name) => `${name} via ${loaded.get(name)!.join(" → ")}`);
      expect(reached).toEqual([]);
    },
  );

  it("sees a static import where there is one", () => {
    // The walk itself: the import CLI does load Prisma's SQLite adapter and zod at start-up.
    const loaded = packagesLoadedBy("lib/cli/import.ts");
    expect(loaded.has("@prisma/adapter-better-sqlite3")).toBe(true);
    expect(loaded.has("zod")).toBe(true);
    expect(staticImports(`import type { A } from "pg";\nconst m = await import("linkedom");\nimport { b, type C } from "zod";\nexport { d } from "./d";`)).toEqual(["zod", "./d"]);
  });
});
