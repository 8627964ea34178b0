import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { getDatabaseUrl, wrapForScripts } from "./lib/db-url";

// Prisma does not load .env when a config file exists: DATABASE_URL is read here, with the
// embedded default, so the CLI and the app (lib/db.ts) always agree on the file.
const url = getDatabaseUrl();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: {
    path: path.join("prisma", "migrations"),
    seed: "tsx prisma/seed.ts",
  },
  async adapter() {
    return wrapForScripts(new PrismaBetterSQLite3({ url }));
  },
});
