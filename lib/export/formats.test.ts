import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXPORT_FORMAT_SPECS, EXPORT_FORMATS, renderExportFormatTable } from "./formats";

describe("the export format registry", () => {
  it("is the README's Exports table, row for row", () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, "../../README.md"), "utf8");
    const start = readme.indexOf("| format | content type | what it holds |");
    expect(start, "README.md has no Exports table").toBeGreaterThan(0);
    const end = readme.indexOf("\n\n", start);
    // On a mismatch, paste renderExportFormatTable()'s output into README.md.
    expect(readme.slice(start, end)).toBe(renderExportFormatTable());
  });

  it("gives every format a distinct extension and menu label", () => {
    expect(new Set(EXPORT_FORMATS.map((format) => EXPORT_FORMAT_SPECS[format].extension)).size).toBe(EXPORT_FORMATS.length);
    expect(new Set(EXPORT_FORMATS.map((format) => EXPORT_FORMAT_SPECS[format].label)).size).toBe(EXPORT_FORMATS.length);
  });
});
