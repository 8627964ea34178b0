import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native module: loaded from node_modules at run time rather than bundled.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
};

export default nextConfig;
