import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// lib/lineage is pure, like lib/analysis: no framework, database, validation or Node built-in imports,
// so the server, the exports and tests all run the same deterministic code.
const LINEAGE = import.meta.dirname;
const FORBIDDEN = /^(next|react|react-dom|@prisma\/|prisma|zod|node:|fs$|path$|crypto$|child_process$|server-only)/;

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listSourceFiles(full);
    // Tests read the database and files; the library does not.
    return /\.tsx?$/.test(entry.name) && !/\.(test|bench)\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("lib/lineage purity", () => {
  const files = listSourceFiles(LINEAGE);
  it("has source files", () => expect(files.length).toBeGreaterThan(0));
  it.each(files.map((file) => [path.relative(LINEAGE, file), file]))("%s imports nothing forbidden", (_name, file) => {
    const source = readFileSync(file, "utf8");
    const imports = [...source.matchAll(/(?:import|export)[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map(
      (match) => match[1] ?? match[2] ?? "",
    );
    expect(imports.filter((name) => FORBIDDEN.test(name))).toEqual([]);
  });
});
