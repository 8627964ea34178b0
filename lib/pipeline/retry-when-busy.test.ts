import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { retryWhenBusy } from "./retry-when-busy";

// A second process-like connection holds the write lock (as a server import would) while the
// app's Prisma client tries to write: it must wait and succeed once the lock is released.
let testDb: TestDb;
let other: Database.Database;
beforeEach(() => {
  testDb = createTestDb();
  other = new Database(testDb.url.replace(/^file:/, ""));
  other.pragma("journal_mode = WAL");
});
afterEach(async () => {
  if (other.inTransaction) other.exec("ROLLBACK");
  other.close();
  await testDb.dispose();
});

describe("retryWhenBusy", () => {
  it("waits while another connection holds the write lock, says so, then writes", async () => {
    other.exec("BEGIN IMMEDIATE");
    setTimeout(() => other.exec("COMMIT"), 7_000);
    const waits: number[] = [];
    // Prisma's default transaction maxWait is 2 s and better-sqlite3 waits 5 s per statement: the
    // first attempt fails busy, a later one succeeds.
    const story = await retryWhenBusy(() => testDb.db.$transaction(async (tx) => tx.story.create({ data: { slug: "after-lock", title: "After the lock" } })), {
      onWait: (attempt) => waits.push(attempt),
      firstDelayMs: 200,
    });
    expect(story.slug).toBe("after-lock");
    expect(waits.length).toBeGreaterThan(0);
  }, 30_000);

  it("does not retry other errors", async () => {
    let runs = 0;
    await expect(
      retryWhenBusy(async () => {
        runs += 1;
        throw new Error("bad input");
      }),
    ).rejects.toThrow("bad input");
    expect(runs).toBe(1);
  });
});
