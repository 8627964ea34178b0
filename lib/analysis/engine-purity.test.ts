import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// lib/analysis is a pure library: no framework, database, validation or Node built-in imports,
// so it runs the same in the CLI, the server, a worker or a browser.
const ENGINE = import.meta.dirname;
const FORBIDDEN = /^(next|react|react-dom|@prisma\/|prisma|zod|node:|fs$|path$|crypto$|child_process$|server-only)/;

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listSourceFiles(full);
    // Tests and the benchmark runner (*.bench.ts) read files and time things; the engine does not.
    return /\.tsx?$/.test(entry.name) && !/\.(test|bench)\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("lib/analysis purity", () => {
  const files = listSourceFiles(ENGINE);
  it("has source files", () => expect(files.length).toBeGreaterThan(0));
  it.each(files.map((file) => [path.relative(ENGINE, file), file]))("%s imports nothing forbidden", (_name, file) => {
    const source = readFileSync(file, "utf8");
    const imports = [...source.matchAll(/(?:import|export)[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map(
      (match) => match[1] ?? match[2] ?? "",
    );
    expect(imports.filter((name) => FORBIDDEN.test(name))).toEqual([]);
  });
});
