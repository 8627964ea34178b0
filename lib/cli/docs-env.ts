import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderEnvTable } from "@/lib/config/env";

// `npm run docs:env`: rewrites the README's Environment table from lib/config/env.ts.
const file = path.resolve(import.meta.dirname, "../../README.md");
const readme = readFileSync(file, "utf8");
const start = readme.indexOf("| variable | default | meaning |");
if (start < 0) throw new Error("README.md has no Environment table");
let end = readme.indexOf("\n\n", start);
if (end < 0) end = readme.length;
writeFileSync(file, readme.slice(0, start) + renderEnvTable() + readme.slice(end));
console.log("README.md: Environment table rewritten");
