// `npm run analyze`, `npm run import`, `npm run reanalyze`, `npm run worker`: `node lib/cli/launch-cli.mjs NAME …`
// runs lib/cli/NAME.ts from an esbuild bundle instead of through tsx. Under tsx every thread (the
// main one and each worker) gets its own module-loader thread and loads ~200 modules through it:
// ~1.5–2 s of start-up and ~200 MB per process before any work (a CPU profile of adding one
// article to a story: 1.4 s of its 4.7 s in tsx's loader). The bundle (rebuilt in ~0.5 s whenever
// a file under lib/ is newer than it; one bundle for every CLI, sharing chunks) loads in a
// fraction of that, and so do its worker threads (pipeline-worker-entry.mjs, found by
// lib/pipeline/worker-pool.ts beside the bundle). `tsx lib/cli/NAME.ts` still works the same.
// Plain JavaScript on purpose: it runs before anything can compile TypeScript.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import v8 from "node:v8";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CACHE = path.join(ROOT, ".cache", "cli");
/** The CLIs the bundle holds (lib/cli/NAME.ts). */
const COMMANDS = ["analyze", "import", "reanalyze", "worker"];

/**
 * V8 flags per command, set before the bundle loads; V8's flags are per process, so the worker
 * threads get them too. `analyze` runs one cold engine per core on every core: V8's background
 * optimising compiler then competes with the analysis itself (one cold thread spends ~1.7 s of
 * CPU in TurboFan per 500 articles, besides the ~2.3 s the analysis takes). Without inlining and
 * with 8× V8's default interrupt budget (67,584), less code is optimised, each compile is cheaper,
 * and the hot paths still are. Measured, `npm run analyze` over the bench's 1,000 generated
 * rewrites, 2 cores, three runs each, interleaved: 5.23–5.60 s and 9.4–10.1 s CPU by default,
 * 3.86–4.00 s and 6.7–6.8 s CPU with these, the same bytes out; budgets of 6× and 12× were within
 * noise of 8×, 4× and 16× slower; 5, 39 and 100 files 0.42 → 0.38, 0.78 → 0.62 and 1.5 → 1.1 s. Not for the
 * import (25.3 s against 24.8 s at 1,000 articles: it waits on the database, not the compiler)
 * nor the long-running worker, where full optimisation pays: warm, one thread, the same flags
 * analyse 1,000 articles in 2.8 s instead of 2.3 s.
 */
const V8_FLAGS = { analyze: ["--no-turbo-inlining", `--interrupt-budget=${8 * 67_584}`] };

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

/**
 * `import.meta.dirname` keeps meaning the source file's folder (prepare-database.ts and
 * seed-stories.ts find the project's migrations and seeds from it); in the bundle it would be the
 * cache folder. `import.meta.url` is left alone: it names the bundle (worker entries beside it).
 */
const sourceDirname = {
  name: "source-dirname",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      if (!text.includes("import.meta.dirname")) return undefined;
      return { contents: text.replaceAll("import.meta.dirname", JSON.stringify(path.dirname(args.path))), loader: "ts" };
    });
  },
};

/** The bundle for the current sources: one folder per source state, built once, swapped in by rename. */
async function ensureBundle() {
  const dir = path.join(CACHE, String(newestSource()));
  try {
    statSync(path.join(dir, "ready"));
    return dir;
  } catch {
    // not built yet for these sources
  }
  mkdirSync(CACHE, { recursive: true });
  const building = `${dir}.${process.pid}.tmp`;
  // Loaded only to build: ~15 ms of every run's start-up otherwise.
  const { build } = await import("esbuild");
  await build({
    // Worker entries take the names their pools look for next to the bundle.
    entryPoints: {
      ...Object.fromEntries(COMMANDS.map((name) => [name, path.join(ROOT, `lib/cli/${name}.ts`)])),
      "analyze-worker-entry": path.join(ROOT, "lib/cli/analyze-worker.ts"),
      "pipeline-worker-entry": path.join(ROOT, "lib/pipeline/worker/tasks.ts"),
    },
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
    plugins: [sourceDirname],
  });
  writeFileSync(path.join(building, "ready"), "");
  try {
    renameSync(building, dir);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another run built the same sources first
  }
  for (const old of readdirSync(CACHE)) if (old !== path.basename(dir) && !old.endsWith(".tmp")) rmSync(path.join(CACHE, old), { recursive: true, force: true });
  return dir;
}

const [name] = process.argv.slice(2);
if (!COMMANDS.includes(name ?? "")) {
  console.error(`launch-cli: the first argument names the command: ${COMMANDS.join(", ")}`);
  process.exit(2);
}
// The command reads its own arguments from process.argv.slice(2), as under tsx.
process.argv.splice(2, 1);
for (const flag of V8_FLAGS[name] ?? []) v8.setFlagsFromString(flag);
await import(pathToFileURL(path.join(await ensureBundle(), `${name}.mjs`)).href);
