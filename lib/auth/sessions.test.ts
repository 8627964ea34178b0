import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { authenticateUser } from "./authenticate-user";
import { createUser } from "./create-user";
import { createSession, deleteSession, findSessionUser, hashSessionToken, SESSION_TTL_MS } from "./sessions";
import { updateUser } from "./update-user";

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };
const PASSWORD = "a long enough password";

describe("accounts and sessions", () => {
  let testDb: TestDb;
  beforeAll(() => {
    testDb = createTestDb();
  });
  afterAll(() => testDb.dispose());

  it("first run creates the admin once, then refuses", async () => {
    const first = await createUser(testDb.db, { email: " Admin@Example.org ", name: "Ada", role: "admin", password: PASSWORD }, { actorId: null, isFirstRun: true, cost: CHEAP });
    expect(first).toMatchObject({ ok: true, user: { email: "admin@example.org", name: "Ada", role: "admin" } });
    expect(await createUser(testDb.db, { email: "x@example.org", role: "admin", password: PASSWORD }, { actorId: null, isFirstRun: true, cost: CHEAP })).toEqual({ ok: false, reason: "already-set-up" });
    const log = await testDb.db.auditLog.findFirstOrThrow({ where: { action: "user.create" } });
    expect(log).toMatchObject({ actorLabel: "first-run", entityType: "User" });
    expect(JSON.stringify(log.after)).not.toContain(PASSWORD);
  });

  it("validates new accounts and refuses a taken email", async () => {
    expect(await createUser(testDb.db, { email: "not-an-email", role: "viewer", password: "short" }, { actorId: null, cost: CHEAP })).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { email: [expect.any(String)], password: [expect.stringContaining("12")] },
    });
    expect(await createUser(testDb.db, { email: "ADMIN@example.org", role: "viewer", password: PASSWORD }, { actorId: null, cost: CHEAP })).toEqual({ ok: false, reason: "email-taken" });
  });

  it("authenticates by email and password only", async () => {
    expect(await authenticateUser(testDb.db, "admin@example.org", PASSWORD)).toMatchObject({ email: "admin@example.org", role: "admin" });
    expect(await authenticateUser(testDb.db, "admin@example.org", `${PASSWORD}!`)).toBeNull();
    expect(await authenticateUser(testDb.db, "nobody@example.org", PASSWORD)).toBeNull();
  });

  it("stores only a hash of the token; sessions expire, end on sign-out and on disabling", async () => {
    const created = await createUser(testDb.db, { email: "ed@example.org", role: "editor", password: PASSWORD }, { actorId: null, cost: CHEAP });
    if (!created.ok) throw new Error(created.reason);
    const now = new Date("2026-11-23T10:00:00Z");
    const { token, expiresAt } = await createSession(testDb.db, created.user.id, now);
    expect(expiresAt.getTime() - now.getTime()).toBe(SESSION_TTL_MS);
    expect(await testDb.db.session.findUnique({ where: { id: token } })).toBeNull();
    expect(await testDb.db.session.findUnique({ where: { id: hashSessionToken(token) } })).not.toBeNull();
    expect(await findSessionUser(testDb.db, token, now)).toEqual({ id: created.user.id, email: "ed@example.org", name: null, role: "editor" });
    expect(await findSessionUser(testDb.db, token, new Date(expiresAt.getTime() + 1))).toBeNull();
    expect(await findSessionUser(testDb.db, "forged-token-forged-token-forged", now)).toBeNull();
    expect(await findSessionUser(testDb.db, undefined, now)).toBeNull();

    await deleteSession(testDb.db, token);
    expect(await findSessionUser(testDb.db, token, now)).toBeNull();

    const second = await createSession(testDb.db, created.user.id, now);
    const admin = await testDb.db.user.findUniqueOrThrow({ where: { email: "admin@example.org" } });
    expect(await updateUser(testDb.db, admin.id, { userId: created.user.id, isDisabled: true })).toEqual({ ok: true });
    expect(await findSessionUser(testDb.db, second.token, now)).toBeNull();
    expect(await authenticateUser(testDb.db, "ed@example.org", PASSWORD)).toBeNull();
    expect(await testDb.db.auditLog.findFirst({ where: { action: "user.disable", entityId: created.user.id } })).toMatchObject({ actorId: admin.id, before: { disabled: false }, after: { disabled: true } });
  });

  it("never leaves the app without an active admin", async () => {
    const admin = await testDb.db.user.findUniqueOrThrow({ where: { email: "admin@example.org" } });
    expect(await updateUser(testDb.db, admin.id, { userId: admin.id, role: "editor" })).toMatchObject({ ok: false, reason: "last-admin" });
    expect(await updateUser(testDb.db, admin.id, { userId: admin.id, isDisabled: true })).toMatchObject({ ok: false, reason: "last-admin" });
    expect((await testDb.db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("admin");
  });
});
