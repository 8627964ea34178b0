import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// lib/revisions is pure like the engine it builds on: no framework, database, validation or Node
// built-in imports, so pages, exports and the CLI share it.
const DIR = import.meta.dirname;
const FORBIDDEN = /^(next|react|react-dom|@prisma\/|prisma|zod|node:|fs$|path$|crypto$|server-only|@\/lib\/(db|server|pipeline|generated))/;

describe("lib/revisions purity", () => {
  const files = readdirSync(DIR).filter((name) => /\.ts$/.test(name) && !/\.test\.ts$/.test(name));
  it("has source files", () => expect(files.length).toBeGreaterThan(3));
  it.each(files)("%s imports nothing forbidden", (name) => {
    const source = readFileSync(path.join(DIR, name), "utf8");
    const imports = [...source.matchAll(/(?:import|export)[^'"]*?from\s*["']([^"']+)["']/g)].map((match) => match[1] ?? "");
    expect(imports.filter((item) => FORBIDDEN.test(item))).toEqual([]);
  });
});
