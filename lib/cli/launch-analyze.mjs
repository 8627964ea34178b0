// `npm run analyze`: runs lib/cli/analyze.ts from an esbuild bundle instead of through tsx.
// Under tsx every thread (the main one and each analysis worker) gets its own module-loader
// thread and loads ~200 modules through it: ~2 s of start-up and ~200 MB per process before the
// first article. The bundle (rebuilt in ~0.5 s whenever a file under lib/ is newer than it) loads
// in a fraction of that. `tsx lib/cli/analyze.ts` still works and gives the same output.
// Plain JavaScript on purpose: it runs before anything can compile TypeScript.
import { build } from "esbuild";
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CACHE = path.join(ROOT, ".cache", "analyze-cli");

/** The newest modification time of the sources the bundle is built from. */
function newestSource() {
  let newest = Math.max(statSync(path.join(ROOT, "package.json")).mtimeMs, statSync(path.join(ROOT, "tsconfig.json")).mtimeMs);
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.(ts|mjs|json)$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  visit(path.join(ROOT, "lib"));
  return Math.floor(newest);
}

/** The bundle for the current sources: one folder per source state, built once, swapped in by rename. */
async function ensureBundle() {
  const dir = path.join(CACHE, String(newestSource()));
  try {
    statSync(path.join(dir, "analyze.mjs"));
    return dir;
  } catch {
    // not built yet for these sources
  }
  mkdirSync(CACHE, { recursive: true });
  const building = `${dir}.${process.pid}.tmp`;
  await build({
    // The worker entry takes the name the CLI looks for next to itself (analyze-worker-entry.mjs).
    entryPoints: { analyze: path.join(ROOT, "lib/cli/analyze.ts"), "analyze-worker-entry": path.join(ROOT, "lib/cli/analyze-worker.ts") },
    outdir: building,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external", // node_modules are loaded as they are, from the project
    outExtension: { ".js": ".mjs" },
    tsconfig: path.join(ROOT, "tsconfig.json"),
    logLevel: "warning",
  });
  try {
    renameSync(building, dir);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another run built the same sources first
  }
  for (const old of readdirSync(CACHE)) if (old !== path.basename(dir) && !old.endsWith(".tmp")) rmSync(path.join(CACHE, old), { recursive: true, force: true });
  return dir;
}

await import(pathToFileURL(path.join(await ensureBundle(), "analyze.mjs")).href);
