import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Imports a pure library never makes: framework, database, validation, Node built-ins or the app's I/O layers. */
const FORBIDDEN = /^(next|react|react-dom|@prisma\/|prisma|zod|node:|fs$|path$|crypto$|child_process$|server-only|@\/lib\/(db|server|pipeline|generated))/;

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listSourceFiles(full);
    // Tests and benchmark runners (*.bench.ts) read files and time things; the library does not.
    return /\.tsx?$/.test(entry.name) && !/\.(test|bench)\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/**
 * The purity test of a pure library folder (lib/analysis, lib/lineage, lib/revisions): every
 * source file imports nothing forbidden, so it runs the same in the CLI, the server, a worker or
 * a browser.
 */
export function describePurity(name: string, dir: string): void {
  describe(`${name} purity`, () => {
    const files = listSourceFiles(dir);
    it("has source files", () => expect(files.length).toBeGreaterThan(0));
    it.each(files.map((file) => [path.relative(dir, file), file]))("%s imports nothing forbidden", (_name, file) => {
      const source = readFileSync(file, "utf8");
      const imports = [...source.matchAll(/(?:import|export)[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map(
        (match) => match[1] ?? match[2] ?? "",
      );
      expect(imports.filter((importName) => FORBIDDEN.test(importName))).toEqual([]);
    });
  });
}
