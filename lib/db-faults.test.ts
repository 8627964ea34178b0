import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { createAppDb } from "./db";
import { classifyDbError } from "./db-errors";

// Storage faults on the app's write connection, made on demand without a special filesystem:
// `PRAGMA max_page_count` makes the database full for that connection, `PRAGMA query_only` makes
// it refuse writes as a read-only file does. Both hold for the connection that set them, which is
// exactly the state a fault leaves behind on a connection that keeps being used.
let testDb: TestDb;
let db: ReturnType<typeof createAppDb>;
beforeEach(() => {
  testDb = createTestDb();
  const setup = new Database(testDb.url.replace(/^file:/, ""));
  setup.pragma("journal_mode = WAL"); // as npm start runs it
  setup.close();
  db = createAppDb(testDb.url);
});
afterEach(async () => {
  await db.$disconnect();
  await testDb.dispose();
});

const faults = [
  {
    kind: "full",
    pragma: async () =>
      db.$transaction(async (tx) => {
        const [row] =
          await tx.$queryRawUnsafe<{ page_count: bigint }[]>(
            "PRAGMA page_count",
          );
        await tx.$queryRawUnsafe(
          `PRAGMA max_page_count = ${Number(row!.page_count)}`,
        );
      }),
    message: /disk is full/,
  },
  {
    kind: "readonly",
    pragma: async () =>
      db.$transaction(async (tx) => {
        await tx.$queryRawUnsafe("PRAGMA query_only = 1");
      }),
    message: /read-only/,
  },
] as const;

const bigWrite = () =>
  db.$transaction(async (tx) => {
    for (let i = 0; i < 50; i++)
      await tx.story.create({
        data: { slug: `big-${i}`, title: "x".repeat(8_000) },
      });
  });

describe("storage faults", () => {
  it.each(faults)(
    "after $kind the write rolls back whole, says why, and the next write succeeds within 1 s",
    async ({ kind, pragma, message }) => {
      await pragma();
      const error = await bigWrite().then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(classifyDbError(error)).toMatchObject({
        kind,
        status: 503,
        message: expect.stringMatching(message),
      });
      expect(await db.story.count()).toBe(0); // nothing half-written
      const started = performance.now();
      await bigWrite();
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(await db.story.count()).toBe(50);
    },
  );
});

describe("classifyDbError", () => {
  it.each([
    [{ code: "SQLITE_BUSY", message: "database is locked" }, "busy"],
    [
      {
        code: "P2028",
        message:
          "Transaction API error: Unable to start a transaction in the given time.",
      },
      "busy",
    ],
    [{ code: "SQLITE_IOERR_WRITE", message: "disk I/O error" }, "io"],
    [new Error("wrapped", { cause: { code: "SQLITE_FULL" } }), "full"],
  ])("%o is %s", (error, kind) => {
    expect(classifyDbError(error)?.kind).toBe(kind);
  });

  it("leaves other errors alone", () => {
    expect(
      classifyDbError(new RangeError("Maximum call stack size exceeded")),
    ).toBeNull();
    expect(
      classifyDbError({ code: "P2002", message: "Unique constraint failed" }),
    ).toBeNull();
  });
});
