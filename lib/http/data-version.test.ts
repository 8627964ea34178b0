import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGN_IN_LIMIT_TABLE } from "@/lib/auth/sign-in-limit-table";
import { getPostgresTemplate, type TestDb } from "@/lib/testing/create-test-db";
import { createPostgresTestDb } from "@/lib/testing/postgres-test-db";
import { openPostgresDataVersion, type DataVersion } from "./data-version";

const template = getPostgresTemplate();

/** Waits until `check` holds (notifications arrive asynchronously), at most 5 s. */
async function eventually(check: () => boolean): Promise<void> {
  for (let waited = 0; !check(); waited += 20) {
    if (waited > 5_000) throw new Error("condition not reached in 5 s");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

// Two "instances" (two listeners) on one database: a commit from anywhere changes both versions;
// an open or rolled-back transaction changes neither.
describe.skipIf(!template)("the PostgreSQL data version", () => {
  let testDb: TestDb;
  let a: DataVersion;
  let b: DataVersion;
  beforeAll(async () => {
    testDb = await createPostgresTestDb(template!);
    [a, b] = await Promise.all([openPostgresDataVersion(testDb.url), openPostgresDataVersion(testDb.url)]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await testDb.dispose();
  });

  it("is stable while nothing commits", async () => {
    const before = a.read();
    await settle();
    await testDb.db.story.count();
    expect(a.read()).toBe(before);
  });

  it("changes on every instance once a transaction commits, not before", async () => {
    const [beforeA, beforeB] = [a.read(), b.read()];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const writing = testDb.db.$transaction(async (tx) => {
      await tx.story.create({ data: { slug: "dv-1", title: "Data version" } });
      await held;
    });
    await settle();
    expect([a.read(), b.read()]).toEqual([beforeA, beforeB]);
    release();
    await writing;
    await eventually(() => a.read() !== beforeA && b.read() !== beforeB);
  });

  it("ignores the sign-in counters: a flood of wrong passwords does not empty every cache", async () => {
    const before = a.read();
    await testDb.db.$executeRawUnsafe(`INSERT INTO "${SIGN_IN_LIMIT_TABLE}" (key, points, expire) VALUES ('pair:x|1.2.3.4', 1, NULL)`);
    await settle();
    expect(a.read()).toBe(before);
  });

  it("stays put after a rollback", async () => {
    const before = b.read();
    await expect(
      testDb.db.$transaction(async (tx) => {
        await tx.story.create({ data: { slug: "dv-2", title: "Rolled back" } });
        throw new Error("abandon");
      }),
    ).rejects.toThrow("abandon");
    await settle();
    expect(b.read()).toBe(before);
  });
});
