import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { createUser } from "./create-user";
import { signIn } from "./sign-in";

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };
const PASSWORD = "a long enough password";

let testDb: TestDb;
beforeAll(async () => {
  testDb = createTestDb();
  for (const name of ["race", "flood", "typo", "slow"]) {
    const created = await createUser(testDb.db, { email: `${name}@example.org`, role: "viewer", password: PASSWORD }, { actorId: null, cost: CHEAP });
    if (!created.ok) throw new Error(created.reason);
  }
});
afterAll(() => testDb.dispose());

const statusOf = (result: Awaited<ReturnType<typeof signIn>>) => (result.ok ? 201 : result.status);

describe("signIn", () => {
  it("counts parallel guesses before checking them: the right password sent among them is not even tried", async () => {
    // 7 wrong guesses and the right one, all at once from one address (5 free failures per email + IP).
    const passwords = [...Array.from({ length: 7 }, (_, i) => `wrong guess number ${i}`), PASSWORD];
    const results = await Promise.all(passwords.map((password) => signIn(testDb.db, { email: "race@example.org", password }, "10.0.0.1")));
    expect(results.map(statusOf)).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    expect(results.at(-1)).toMatchObject({ ok: false, retryAfterSeconds: expect.any(Number) });
  });

  it("lets at most 8 password checks run at once; the rest are told to wait", async () => {
    // One account from 12 addresses: neither limit is reached (5 per address, 20 per account).
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => signIn(testDb.db, { email: "flood@example.org", password: "wrong" }, `10.0.1.${i}`)));
    expect(results.map(statusOf)).toEqual([...Array(8).fill(401), ...Array(4).fill(429)]);
    expect(results.at(-1)).toMatchObject({ message: expect.stringContaining("try again"), retryAfterSeconds: 1 });
    // The slots are given back once the checks end.
    expect(statusOf(await signIn(testDb.db, { email: "flood@example.org", password: PASSWORD }, "10.0.1.99"))).toBe(201);
  });

  it("clears the up-front failure when the password is right", async () => {
    const attempt = (password: string) => signIn(testDb.db, { email: "typo@example.org", password }, "10.0.2.1");
    for (let i = 0; i < 3; i++) expect(statusOf(await attempt("typo typo typo"))).toBe(401);
    for (let round = 0; round < 3; round++) expect(statusOf(await attempt(PASSWORD))).toBe(201);
    // 5 free failures again, not 2.
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push(statusOf(await attempt("typo typo typo")));
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it("starts the lock a failure earns when its check answers, so a slow check does not eat the wait", async () => {
    const attempt = (password: string) => signIn(testDb.db, { email: "slow@example.org", password }, "10.0.3.1");
    for (let i = 0; i < 5; i++) await attempt("wrong wrong wrong");
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const pending = attempt("wrong wrong wrong"); // the 6th failure: locked for 1 s from here…
      vi.setSystemTime(Date.now() + 2_000); // …but its check takes 2 s
      expect(await pending).toMatchObject({ ok: false, status: 429, retryAfterSeconds: 1 });
      expect(await attempt(PASSWORD)).toMatchObject({ ok: false, status: 429 }); // still locked right after the answer
    } finally {
      vi.useRealTimers();
    }
  });
});
