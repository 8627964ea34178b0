import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { createUser } from "./create-user";
import { passwordQueue } from "./password-queue";

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };
const PASSWORD = "a long enough password";

let testDb: TestDb;
beforeAll(async () => {
  testDb = createTestDb();
  await createUser(testDb.db, { email: "first@example.org", role: "admin", password: PASSWORD }, { actorId: null, isFirstRun: true, cost: CHEAP });
});
afterAll(() => testDb.dispose());

describe("createUser on first run", () => {
  it("refuses once an account exists without hashing the password (an anonymous /setup flood costs no scrypt run)", async () => {
    const hashesBefore = passwordQueue.stats().started;
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => createUser(testDb.db, { email: `late${i}@example.org`, role: "admin", password: PASSWORD }, { actorId: null, isFirstRun: true, clientIp: `10.0.0.${i}` })),
    );
    expect(new Set(results.map((result) => (result.ok ? "ok" : result.reason)))).toEqual(new Set(["already-set-up"]));
    expect(passwordQueue.stats().started).toBe(hashesBefore);
  });

  it("hashes through the password queue otherwise", async () => {
    const hashesBefore = passwordQueue.stats().started;
    expect(await createUser(testDb.db, { email: "second@example.org", role: "viewer", password: PASSWORD }, { actorId: null, cost: CHEAP })).toMatchObject({ ok: true });
    expect(passwordQueue.stats().started).toBe(hashesBefore + 1);
  });
});
