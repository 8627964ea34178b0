import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
import type { NextConfig } from "next";
import { getEnv } from "./lib/config/env";

/**
 * Turbopack resolves packages only inside its root. When node_modules is a symlink into another
 * checkout (git worktrees sharing one install), the root widens to the folder holding both;
 * in a plain clone it is the project itself.
 */
function turbopackRoot(projectDir: string): string {
  const modules = path.join(projectDir, "node_modules");
  if (!existsSync(modules)) return projectDir;
  let root = projectDir;
  const target = path.dirname(realpathSync(modules));
  while (path.relative(root, target).startsWith("..")) root = path.dirname(root);
  return root;
}

const nextConfig: NextConfig = {
  // Several builds can live side by side (parallel e2e runs, benchmarks): NEXT_DIST_DIR picks one.
  distDir: getEnv().NEXT_DIST_DIR ?? ".next",
  // Loaded from node_modules at run time rather than bundled: a native module, and the worker pool
  // (piscina starts its threads from its own files; lib/pipeline/worker-pool.ts), and pg-boss, so
  // that server actions share the process's one pg-boss with the server (boss-job-queue.ts).
  serverExternalPackages: ["better-sqlite3", "piscina", "pg-boss"],
  poweredByHeader: false,
  // forbidden() in pages and server actions answers 403 with app/forbidden.tsx (requireRole).
  // Server actions accept up to 8 MB: without JavaScript the add-articles form posts one article
  // (at most 5 MB) through one, which Next's default of 1 MB would refuse. No more: Next reads the
  // body before any role check runs. With JavaScript, batches go to the import API route instead.
  // lib/http/body-limit.ts caps each route's body at 8 MB or less as it arrives and answers 413;
  // Next's limit sits just above it so that check always fires first (Next's own refusal is a 500).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "9mb" } },
  turbopack: { root: turbopackRoot(process.cwd()) },
};

export default nextConfig;
