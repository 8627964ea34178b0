import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Several builds can live side by side (parallel e2e runs, benchmarks): NEXT_DIST_DIR picks one.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Native module: loaded from node_modules at run time rather than bundled.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
};

export default nextConfig;
