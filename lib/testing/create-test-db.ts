import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { createDb, type Db } from "@/lib/db";

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
