import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
import type { NextConfig } from "next";

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
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Native module: loaded from node_modules at run time rather than bundled.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // forbidden() in pages and server actions answers 403 with app/forbidden.tsx (requireRole).
  // Server actions accept up to 64 MB: the add-articles form without JavaScript posts uploaded files
  // (5 MB each at most) through one; Next's default of 1 MB would refuse a single large page.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "64mb" } },
  turbopack: { root: turbopackRoot(process.cwd()) },
};

export default nextConfig;
