import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "app/**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", "lib/generated/**"],
    // Database tests each use their own SQLite file; files run in parallel on 2 cores.
    pool: "forks",
    globalSetup: ["lib/testing/global-setup.ts"],
  },
});
