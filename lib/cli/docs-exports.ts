// `npm run docs:exports`: rewrites the README's Exports table from lib/export/formats.ts.
import { readFileSync, writeFileSync } from "node:fs";
import { renderExportFormatTable } from "@/lib/export/formats";
const file = new URL("../../README.md", import.meta.url);
const readme = readFileSync(file, "utf8");
const start = readme.indexOf("| format | content type | what it holds |");
const end = readme.indexOf("\n\n", start);
writeFileSync(file, readme.slice(0, start) + renderExportFormatTable() + readme.slice(end));
