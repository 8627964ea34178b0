import { execFileSync } from "node:child_process";
import path from "node:path";
import type { Db } from "@/lib/db";
import { bootstrapSearch } from "./bootstrap-search";
import { seedStories } from "./seed-stories";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Applies every committed migration to the database in DATABASE_URL (creating the file if needed). */
export function applyMigrations(): void {
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
  const search = await bootstrapSearch(db);
  if (search.isRebuilt) log(`database: search index rebuilt (${search.indexed} texts)`);
}

/**
 * Makes the database ready to serve: migrations applied, the search index bootstrapped, and the
 * seed stories loaded when it holds no story yet (a database with data is never re-seeded behind
 * its owner's back).
 */
export async function prepareDatabase(db: Db, log: (line: string) => void = console.log): Promise<void> {
  applyMigrations();
  await bootstrapDatabase(db, log);
  if ((await db.user.count()) === 0) log("accounts: none yet; open /setup in the browser or run `npm run user:create -- --email … --role admin`");
  if ((await db.story.count()) > 0) {
    log("database: migrations applied; stories present, seed skipped");
    return;
  }
  const results = await seedStories(db);
  log(`database: seeded ${results.map((r) => `${r.slug} (${r.createdArticleIds.length} articles)`).join(", ")}`);
}
