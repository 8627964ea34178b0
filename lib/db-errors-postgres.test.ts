import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { classifyDbError } from "@/lib/db-errors";
import { getPostgresTemplate, type TestDb } from "@/lib/testing/create-test-db";
import { createPostgresTestDb } from "@/lib/testing/postgres-test-db";

const template = getPostgresTemplate();

// Real PostgreSQL failures, classified as the SQLite ones are (db-faults.test.ts): 503 with what happened.
describe.skipIf(!template)("classifyDbError on PostgreSQL", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createPostgresTestDb(template!);
    await testDb.db.story.create({ data: { slug: "faults", title: "Faults" } });
  });
  afterAll(() => testDb.dispose());

  it("a lock held by another writer past lock_timeout is 'busy'", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const holder = testDb.db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`LOCK TABLE "Story" IN ACCESS EXCLUSIVE MODE`);
      await held;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const other = createDb(testDb.url);
    try {
      const error = await other
        .$transaction(async (tx) => {
          await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = '100ms'`);
          await tx.story.updateMany({ data: { title: "blocked" } });
        })
        .catch((caught: unknown) => caught);
      expect(classifyDbError(error)).toMatchObject({ kind: "busy", status: 503 });
    } finally {
      release();
      await holder;
      await other.$disconnect();
    }
  });

  it("a read-only database is 'readonly', for model and raw writes", async () => {
    const name = new URL(testDb.url).pathname.slice(1);
    await testDb.db.$executeRawUnsafe(`ALTER DATABASE "${name}" SET default_transaction_read_only = on`);
    const readOnly = createDb(testDb.url);
    try {
      for (const write of [() => readOnly.story.updateMany({ data: { title: "x" } }), () => readOnly.$executeRawUnsafe(`UPDATE "Story" SET "title" = 'x'`)]) {
        expect(classifyDbError(await write().catch((caught: unknown) => caught))).toMatchObject({ kind: "readonly" });
      }
    } finally {
      await readOnly.$disconnect();
    }
  });

  it("a bug is not a fault", async () => {
    expect(classifyDbError(await testDb.db.$executeRawUnsafe(`SELECT * FROM "NoSuchTable"`).catch((caught: unknown) => caught))).toBeNull();
  });
});
