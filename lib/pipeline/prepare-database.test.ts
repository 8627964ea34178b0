import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { listPendingMigrations } from "./prepare-database";

const ROOT = path.resolve(import.meta.dirname, "../..");
const COMMITTED = readdirSync(path.join(ROOT, "prisma/migrations"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

let testDb: TestDb;
beforeEach(() => {
  testDb = createTestDb();
});
afterEach(async () => {
  await testDb.dispose();
});

const fileOf = (url: string) => url.replace(/^file:/, "");

describe("listPendingMigrations", () => {
  it("lists every committed migration for a missing or empty database, none for a migrated one", () => {
    expect(listPendingMigrations(path.join(path.dirname(fileOf(testDb.url)), "missing.db"))).toEqual(COMMITTED);
    const empty = path.join(path.dirname(fileOf(testDb.url)), "empty.db");
    new Database(empty).close();
    expect(listPendingMigrations(empty)).toEqual(COMMITTED);
    expect(listPendingMigrations(fileOf(testDb.url))).toEqual([]);
  });

  it("lets a CLI run beside a server that holds the database in write-ahead-log mode", () => {
    const server = new Database(fileOf(testDb.url));
    server.pragma("journal_mode = WAL");
    server.prepare(`SELECT count(*) FROM "Story"`).get();
    try {
      // user:create applies migrations first; with nothing pending it must not start Prisma's engine,
      // which cannot open a WAL database another connection holds.
      execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["lib/cli/create-user.ts", "--email", "beside@example.org", "--role", "viewer"], {
        cwd: ROOT,
        input: "a long enough passphrase\n",
        env: { ...process.env, DATABASE_URL: testDb.url },
        stdio: ["pipe", "ignore", "pipe"],
      });
      expect(server.prepare(`SELECT count(*) AS n FROM "User" WHERE "email" = ?`).get("beside@example.org")).toEqual({ n: 1 });
    } finally {
      server.close();
    }
  }, 30_000);
});
