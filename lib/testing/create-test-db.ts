import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { createDb, type Db } from "@/lib/db";
import type { DbDialect } from "@/lib/db-dialect";
import { createPostgresTestDb } from "./postgres-test-db";

export interface TestDb {
  db: Db;
  url: string;
  /** Disconnects and deletes the file. */
  dispose(): Promise<void>;
}

/** A fresh, fully migrated SQLite database of its own (a copy of the migrated template). */
export function createTestDb(): TestDb {
  const dir = mkdtempSync(path.join(tmpdir(), "claimtrail-db-"));
  const file = path.join(dir, "test.db");
  copyFileSync(inject("templateDbPath"), file);
  const url = `file:${file}`;
  const db = createDb(url);
  return {
    db,
    url,
    async dispose() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The databases a database test runs on: SQLite always, and PostgreSQL when the tests have a
 * server (CLAIMTRAIL_TEST_POSTGRES_URL; `npm test` starts one). Use with `describe.each`.
 */
export function listTestDialects(): { dialect: DbDialect; create: () => Promise<TestDb> }[] {
  const template = inject("postgresTemplate");
  return [
    { dialect: "sqlite", create: async () => createTestDb() },
    ...(template ? [{ dialect: "postgresql" as const, create: () => createPostgresTestDb(template) }] : []),
  ];
}

/** The PostgreSQL template, or null when the tests have no server (then PostgreSQL tests skip). */
export function getPostgresTemplate(): { adminUrl: string; name: string } | null {
  return inject("postgresTemplate");
}
