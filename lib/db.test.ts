import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { createAppDb } from "./db";

// The app client reads on one connection and writes transactions on another: a page rendered while
// a transaction is open must see the last committed state only.
let testDb: TestDb;
beforeEach(() => {
  testDb = createTestDb();
});
afterEach(async () => {
  await testDb.dispose();
});

function openTransaction(db: ReturnType<typeof createAppDb>, fail: boolean) {
  let finish!: () => void;
  const written = new Promise<void>((resolve) => {
    finish = resolve;
  });
  let inserted!: () => void;
  const isInserted = new Promise<void>((resolve) => {
    inserted = resolve;
  });
  const done = db.$transaction(async (tx) => {
    await tx.story.create({ data: { slug: "half-written", title: "Half written" } });
    inserted();
    await written;
    if (fail) throw new Error("rolled back");
  });
  return { isInserted, finish, done };
}

describe("createAppDb", () => {
  it("does not show a transaction's writes to reads until it commits", async () => {
    const db = createAppDb(testDb.url);
    const transaction = openTransaction(db, false);
    await transaction.isInserted;
    expect(await db.story.count()).toBe(0);
    transaction.finish();
    await transaction.done;
    expect(await db.story.count()).toBe(1);
    await db.$disconnect();
  });

  it("never shows the writes of a transaction that rolls back", async () => {
    const db = createAppDb(testDb.url);
    const transaction = openTransaction(db, true);
    await transaction.isInserted;
    expect(await db.story.findUnique({ where: { slug: "half-written" } })).toBeNull();
    transaction.finish();
    await expect(transaction.done).rejects.toThrow("rolled back");
    expect(await db.story.count()).toBe(0);
    await db.$disconnect();
  });

  it("runs a batch of queries as one transaction on the client that built them", async () => {
    const db = createAppDb(testDb.url);
    await db.$transaction([db.story.create({ data: { slug: "one", title: "One" } }), db.story.create({ data: { slug: "two", title: "Two" } })]);
    expect(await db.story.count()).toBe(2);
    await expect(db.$transaction([db.story.create({ data: { slug: "three", title: "Three" } }), db.story.create({ data: { slug: "one", title: "Again" } })])).rejects.toThrow();
    expect(await db.story.count()).toBe(2); // the unique clash rolled back the whole batch
    await db.$disconnect();
  });
});
