import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { createDb } from "@/lib/db";
import { getEnv } from "@/lib/config/env";
import { getDatabaseUrl } from "@/lib/db-url";
import { InputError } from "@/lib/pipeline/input-error";
import { prepareDatabase } from "@/lib/pipeline/prepare-database";

// `npm start`: migrate → seed if empty → build if the sources are newer than the build → serve
// (Next behind the page cache, lib/http/serve-app.ts).
const ROOT = path.resolve(import.meta.dirname, "../..");
const BUILD_ID = path.join(ROOT, getEnv().NEXT_DIST_DIR ?? ".next", "BUILD_ID");
const SOURCES = ["app", "lib", "public", "package-lock.json", "next.config.ts", "postcss.config.mjs", "prisma/schema.prisma"];
const IGNORED = new Set(["node_modules", "generated"]);

/** Newest modification time among the files a build depends on (test files excluded). */
function newestSourceTime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const info = statSync(entry);
  if (!info.isDirectory()) return /\.test\.tsx?$/.test(entry) ? 0 : info.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(entry)) {
    if (!IGNORED.has(name)) newest = Math.max(newest, newestSourceTime(path.join(entry, name)));
  }
  return newest;
}

function needsBuild(): boolean {
  if (!existsSync(BUILD_ID)) return true;
  const built = statSync(BUILD_ID).mtimeMs;
  return SOURCES.some((source) => newestSourceTime(path.join(ROOT, source)) > built);
}

const db = createDb();
try {
  await prepareDatabase(db);
} catch (error) {
  console.error(error instanceof InputError ? error.message : error);
  process.exit(1);
} finally {
  await db.$disconnect();
}

if (needsBuild()) {
  console.log("build: sources changed since the last build (or none yet); running next build");
  execFileSync(path.join(ROOT, "node_modules/.bin/next"), ["build"], { cwd: ROOT, stdio: "inherit" });
}

// Next reads NODE_ENV while loading; a production build is served in production mode.
(process.env as Record<string, string>).NODE_ENV = "production";
const { serveApp } = await import("@/lib/http/serve-app");
const server = await serveApp({
  dir: ROOT,
  port: getEnv().PORT,
  databaseUrl: getDatabaseUrl(),
  isPageCacheOn: getEnv().CLAIMTRAIL_PAGE_CACHE,
  isProxyTrusted: getEnv().CLAIMTRAIL_TRUST_PROXY,
  jobRunner: getEnv().CLAIMTRAIL_JOB_RUNNER,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
