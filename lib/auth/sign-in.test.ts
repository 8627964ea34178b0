import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { createUser } from "./create-user";
import { createPasswordQueue } from "./password-queue";
import { createMemorySignInLimiters } from "./rate-limit";
import { signIn, type SignInGuards } from "./sign-in";

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };
const PASSWORD = "a long enough password";

let testDb: TestDb;
beforeAll(async () => {
  testDb = createTestDb();
  for (const name of ["race", "flood", "typo", "admin", "spray1", "spray2"]) {
    const created = await createUser(testDb.db, { email: `${name}@example.org`, role: "viewer", password: PASSWORD }, { actorId: null, cost: CHEAP });
    if (!created.ok) throw new Error(created.reason);
  }
});
afterAll(() => testDb.dispose());

/** Fresh limiters and queue per test: the counts of one test do not leak into the next. */
const freshGuards = (queue = createPasswordQueue({ concurrency: 4, maxWaiting: 64, maxPerAddress: 64 })): SignInGuards => ({ limiters: createMemorySignInLimiters(), queue });
const statusOf = (result: Awaited<ReturnType<typeof signIn>>) => (result.ok ? 201 : result.status);

describe("signIn", () => {
  it("counts parallel guesses before checking them: the right password sent among them is not even tried", async () => {
    // 7 wrong guesses and the right one, all at once from one address (5 failures per account and address).
    const guards = freshGuards();
    const passwords = [...Array.from({ length: 7 }, (_, i) => `wrong guess number ${i}`), PASSWORD];
    const results = await Promise.all(passwords.map((password) => signIn(testDb.db, { email: "race@example.org", password }, "10.0.0.1", guards)));
    expect(results.map(statusOf)).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    expect(results.at(-1)).toMatchObject({ ok: false, retryAfterSeconds: expect.any(Number) });
  });

  it("checks passwords through the bounded queue: beyond its places the rest are told to wait, and nothing is counted against them", async () => {
    const guards = freshGuards(createPasswordQueue({ concurrency: 2, maxWaiting: 4, maxPerAddress: 2 }));
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => signIn(testDb.db, { email: "flood@example.org", password: "wrong" }, `10.0.1.${i}`, guards)));
    expect(results.map(statusOf)).toEqual([...Array(6).fill(401), ...Array(6).fill(429)]);
    expect(results.at(-1)).toMatchObject({ message: expect.stringContaining("try again"), retryAfterSeconds: 1 });
    // A refused attempt was never a guess: address 11 still has all 5 of its tries.
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push(statusOf(await signIn(testDb.db, { email: "flood@example.org", password: "wrong" }, "10.0.1.11", guards)));
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it("clears this address's failures on the account when the password is right", async () => {
    const guards = freshGuards();
    const attempt = (password: string) => signIn(testDb.db, { email: "typo@example.org", password }, "10.0.2.1", guards);
    for (let i = 0; i < 3; i++) expect(statusOf(await attempt("typo typo typo"))).toBe(401);
    for (let round = 0; round < 3; round++) expect(statusOf(await attempt(PASSWORD))).toBe(201);
    // 5 failures again, not 2.
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push(statusOf(await attempt("typo typo typo")));
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it("never locks the account for everyone: 25 wrong passwords from rotating addresses, then the right one from a clean address", async () => {
    const guards = freshGuards();
    for (let i = 0; i < 25; i++) expect(statusOf(await signIn(testDb.db, { email: "admin@example.org", password: `guess ${i}` }, `203.0.113.${i}`, guards))).toBe(401);
    // The account is now under attack: an address that already failed on it is refused…
    expect(await signIn(testDb.db, { email: "admin@example.org", password: "guess again" }, "203.0.113.3", guards)).toMatchObject({ status: 429 });
    expect(await signIn(testDb.db, { email: "admin@example.org", password: PASSWORD }, "203.0.113.3", guards)).toMatchObject({ status: 429 });
    // …but the right password from an address that has not failed signs in.
    expect(statusOf(await signIn(testDb.db, { email: "admin@example.org", password: PASSWORD }, "198.51.100.7", guards))).toBe(201);
  });

  it("limits one address spraying many accounts", async () => {
    const guards = freshGuards();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push(statusOf(await signIn(testDb.db, { email: `spray${(i % 2) + 1}@example.org`, password: `guess ${i}` }, "192.0.2.1", guards).catch(() => ({ ok: false, status: 0 }) as never)));
    // Each account allows 5 per address, so both lock after 10; the address limit stands behind them.
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10).every((status) => status === 429)).toBe(true);
  });
});
