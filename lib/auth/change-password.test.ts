import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { changePassword } from "./change-password";
import { createUser } from "./create-user";
import { createPasswordQueue } from "./password-queue";
import { resetPassword } from "./reset-password";
import { createSession, findSessionUser } from "./sessions";
import { signIn } from "./sign-in";
import { createMemorySignInLimiters } from "./rate-limit";

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };
const OLD = "grumpy walrus violin tuesday";
const NEW = "silver kettle mountain orbit";

describe("changePassword / resetPassword", () => {
  let testDb: TestDb;
  let userId: string;
  let adminId: string;
  beforeAll(async () => {
    testDb = createTestDb();
    const make = async (email: string, role: "editor" | "admin") => {
      const result = await createUser(testDb.db, { email, name: null, role, password: OLD }, { actorId: null, cost: CHEAP });
      if (!result.ok) throw new Error(result.reason);
      return result.user.id;
    };
    userId = await make("uma@example.org", "editor");
    adminId = await make("root@example.org", "admin");
  }, 60_000);
  afterAll(() => testDb.dispose());
  const options = (token: string | null) => ({ currentSessionToken: token, clientIp: "test", cost: CHEAP, queue: createPasswordQueue() });
  const guards = () => ({ limiters: createMemorySignInLimiters(), queue: createPasswordQueue() });

  it("refuses a wrong current password, a weak or unconfirmed new one, and writes nothing", async () => {
    const before = await testDb.db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
    expect(await changePassword(testDb.db, userId, { currentPassword: "not it at all, no", newPassword: NEW, confirmPassword: NEW }, options(null))).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["That is not your current password"] } });
    expect(await changePassword(testDb.db, userId, { currentPassword: OLD, newPassword: "password1234", confirmPassword: "password1234" }, options(null))).toMatchObject({ ok: false, fieldErrors: { newPassword: [expect.any(String)] } });
    expect(await changePassword(testDb.db, userId, { currentPassword: OLD, newPassword: NEW, confirmPassword: `${NEW}!` }, options(null))).toMatchObject({ ok: false, fieldErrors: { confirmPassword: ["The two new passwords differ"] } });
    expect(await testDb.db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } })).toEqual(before);
  });

  it("changes the password, keeps this session, ends the others and audits it", async () => {
    const here = await createSession(testDb.db, userId);
    const elsewhere = await createSession(testDb.db, userId);
    const result = await changePassword(testDb.db, userId, { currentPassword: OLD, newPassword: NEW, confirmPassword: NEW }, options(here.token));
    expect(result).toEqual({ ok: true, revokedSessions: 1 });
    expect(await findSessionUser(testDb.db, here.token)).toMatchObject({ id: userId });
    expect(await findSessionUser(testDb.db, elsewhere.token)).toBeNull();
    expect((await signIn(testDb.db, { email: "uma@example.org", password: OLD }, "1.1.1.1", guards())).ok).toBe(false);
    expect((await signIn(testDb.db, { email: "uma@example.org", password: NEW }, "1.1.1.1", guards())).ok).toBe(true);
    const entry = await testDb.db.auditLog.findFirstOrThrow({ where: { action: "user.password-change", entityId: userId } });
    expect(JSON.stringify(entry)).not.toContain(NEW);
  });

  it("an admin's reset ends every session, and the temporary password signs in flagged until the user chooses their own", async () => {
    const session = await createSession(testDb.db, userId);
    const reset = await resetPassword(testDb.db, adminId, { userId }, { clientIp: "test", cost: CHEAP, queue: createPasswordQueue() });
    if (!reset.ok) throw new Error(reset.reason);
    expect(await findSessionUser(testDb.db, session.token)).toBeNull();
    const signedIn = await signIn(testDb.db, { email: "uma@example.org", password: reset.temporaryPassword }, "1.1.1.2", guards());
    expect(signedIn).toMatchObject({ ok: true, user: { mustChangePassword: true } });
    if (!signedIn.ok) return;
    expect(await findSessionUser(testDb.db, signedIn.token)).toMatchObject({ mustChangePassword: true });
    const chosen = "copper lantern quietly harbour";
    expect(await changePassword(testDb.db, userId, { currentPassword: reset.temporaryPassword, newPassword: chosen, confirmPassword: chosen }, options(signedIn.token))).toMatchObject({ ok: true });
    expect(await findSessionUser(testDb.db, signedIn.token)).not.toHaveProperty("mustChangePassword");
    expect(await testDb.db.passwordReset.count()).toBe(0);
    expect(await testDb.db.auditLog.count({ where: { action: "user.password-reset", actorId: adminId, entityId: userId } })).toBe(1);
  });
});
