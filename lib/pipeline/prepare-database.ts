import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { SIGN_IN_LIMIT_TABLE_SQL } from "@/lib/auth/sign-in-limit-table";
import { LIVE_STORY } from "@/lib/counts/stage-story";
import { dialectOf, type Db } from "@/lib/db";
import { dialectOfUrl } from "@/lib/db-dialect";
import { getDatabaseUrl } from "@/lib/db-url";
import { bootstrapSearch } from "./bootstrap-search";
import { seedStories } from "./seed-stories";

const ROOT = path.resolve(import.meta.dirname, "../..");

const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");

/** The committed migrations the database has not applied yet (all of them for a new or empty file). */
export function listPendingMigrations(databaseFile: string): string[] {
  const committed = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(MIGRATIONS_DIR, entry.name, "migration.sql")))
    .map((entry) => entry.name);
  if (!existsSync(databaseFile)) return committed;
  const sqlite = new Database(databaseFile, { readonly: true });
  try {
    const hasTable = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
    if (!hasTable) return committed;
    const applied = new Set(
      sqlite.prepare(`SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`).all().map((row) => (row as { name: string }).name),
    );
    return committed.filter((name) => !applied.has(name));
  } finally {
    sqlite.close();
  }
}

/**
 * Applies every committed migration to the database in DATABASE_URL (creating the file if needed).
 * On SQLite, Prisma's migration engine only starts when one is pending: it cannot open a database
 * that a running server holds in write-ahead-log mode, and a CLI such as `user:create` runs beside
 * it. On PostgreSQL `migrate deploy` (prisma.config.ts picks prisma/postgresql/migrations) always
 * runs: the server has no such lock, and the engine itself skips what is applied.
 */
export function applyMigrations(): void {
  const url = getDatabaseUrl();
  if (dialectOfUrl(url) === "sqlite" && listPendingMigrations(path.resolve(ROOT, url.replace(/^file:/, ""))).length === 0) return;
  execFileSync(path.join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: process.env,
  });
}

/**
 * Creates what Prisma's migrations cannot hold: the full-text search index and the triggers that
 * keep it in sync (see bootstrap-search.ts). Idempotent; run it after applyMigrations().
 */
export async function bootstrapDatabase(db: Db, log: (line: string) => void = console.log): Promise<void> {
  // PostgreSQL keeps the sign-in counters in the database, shared by every instance (rate-limit.ts).
  if (dialectOf(db) === "postgresql") await db.$executeRawUnsafe(SIGN_IN_LIMIT_TABLE_SQL);
  const search = await bootstrapSearch(db);
  if (search.isRebuilt) log(`database: search index rebuilt (${search.indexed} texts)`);
}

/**
 * Makes the database ready to serve: migrations applied, the search index bootstrapped, and the
 * seed stories loaded when it holds no story yet (a stage story, lib/counts/stage-story.ts, is none;
 * a database with data is never re-seeded behind its owner's back).
 */
export async function prepareDatabase(db: Db, log: (line: string) => void = console.log): Promise<void> {
  applyMigrations();
  await bootstrapDatabase(db, log);
  if ((await db.user.count()) === 0) log("accounts: none yet; open /setup in the browser or run `npm run user:create -- --email … --role admin`");
  if ((await db.story.count({ where: LIVE_STORY })) > 0) {
    log("database: migrations applied; stories present, seed skipped");
    return;
  }
  const results = await seedStories(db);
  log(`database: seeded ${results.map((r) => `${r.slug} (${r.createdArticleIds.length} articles)`).join(", ")}`);
}
