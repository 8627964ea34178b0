import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { getDatabaseUrl } from "./lib/db-url";
import { createPgMigrationAdapter, wrapForScripts } from "./lib/db-migration-adapters";
import { dialectOfUrl } from "./lib/db-dialect";

// Prisma does not load .env when a config file exists: DATABASE_URL is read here, with the
// embedded default, so the CLI and the app (lib/db.ts) always agree on the database.
const url = getDatabaseUrl();
// A postgresql:// URL selects the PostgreSQL variant of the schema (rendered from
// prisma/schema.prisma by `npm run db:pg-schema`) and its own migrations folder.
const isPostgres = dialectOfUrl(url) === "postgresql";
const prismaDir = isPostgres ? path.join("prisma", "postgresql") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(prismaDir, "schema.prisma"),
  migrations: {
    path: path.join(prismaDir, "migrations"),
    seed: "tsx prisma/seed.ts",
  },
  async adapter() {
    return isPostgres ? createPgMigrationAdapter(url) : wrapForScripts(new PrismaBetterSQLite3({ url }));
  },
});
