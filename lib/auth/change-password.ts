import type { Db } from "@/lib/db";
import { writeAuditLog } from "@/lib/pipeline/write-audit-log";
import { passwordChangeSchema, type PasswordChangeInput } from "@/lib/validation/user";
import { hashPassword, verifyPassword, type ScryptCost } from "./password";
import { passwordQueue as appPasswordQueue, PasswordQueueBusyError, type PasswordQueue } from "./password-queue";
import { hashSessionToken } from "./sessions";

export type ChangePasswordResult =
  | { ok: true; revokedSessions: number }
  | { ok: false; reason: "invalid"; fieldErrors: Record<string, string[] | undefined> }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "busy"; message: string; retryAfterSeconds: number };

export interface ChangePasswordOptions {
  /** The session the change is made from: it stays signed in, every other session of the user ends. */
  currentSessionToken: string | null;
  clientIp: string;
  cost?: ScryptCost;
  queue?: PasswordQueue;
}

/**
 * A signed-in user changes their own password: the current one must match (checked, like the new
 * hash, in the one bounded password queue of sign-in), the new one passes the strength rules; then
 * in one transaction the hash is replaced, an admin's "must change" flag is cleared, every other
 * session of the user is revoked, and the change is audited (never a password).
 */
export async function changePassword(db: Db, userId: string, input: PasswordChangeInput, options: ChangePasswordOptions): Promise<ChangePasswordResult> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, name: true, passwordHash: true, disabledAt: true } });
  if (!user || user.disabledAt) return { ok: false, reason: "not-found" };
  const parsed = passwordChangeSchema([user.email, user.email.split("@")[0] ?? "", user.name ?? ""]).safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid", fieldErrors: parsed.error.flatten().fieldErrors };
  const queue = options.queue ?? appPasswordQueue;
  let newHash: string;
  try {
    const isCurrent = await queue.run(options.clientIp, () => verifyPassword(parsed.data.currentPassword, user.passwordHash));
    if (!isCurrent) return { ok: false, reason: "invalid", fieldErrors: { currentPassword: ["That is not your current password"] } };
    newHash = await queue.run(options.clientIp, () => hashPassword(parsed.data.newPassword, options.cost));
  } catch (error) {
    if (error instanceof PasswordQueueBusyError) return { ok: false, reason: "busy", message: error.message, retryAfterSeconds: error.retryAfterSeconds };
    throw error;
  }
  const keep = options.currentSessionToken ? hashSessionToken(options.currentSessionToken) : "";
  return db.$transaction(async (tx): Promise<ChangePasswordResult> => {
    // Unchanged since it was checked: a parallel change must not be overwritten by this one.
    const updated = await tx.user.updateMany({ where: { id: userId, passwordHash: user.passwordHash }, data: { passwordHash: newHash } });
    if (updated.count === 0) return { ok: false, reason: "invalid", fieldErrors: { currentPassword: ["Your password changed meanwhile: sign in again"] } };
    const reset = await tx.passwordReset.deleteMany({ where: { userId } });
    const revoked = await tx.session.deleteMany({ where: { userId, id: { not: keep } } });
    await writeAuditLog(tx, { actorId: userId, action: "user.password-change", entityType: "User", entityId: userId, before: { email: user.email, wasReset: reset.count > 0 }, after: { email: user.email, revokedSessions: revoked.count } });
    return { ok: true, revokedSessions: revoked.count };
  });
}
