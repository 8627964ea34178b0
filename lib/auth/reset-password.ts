import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { writeAuditLog } from "@/lib/pipeline/write-audit-log";
import { passwordResetSchema } from "@/lib/validation/user";
import { hashPassword, type ScryptCost } from "./password";
import { passwordQueue as appPasswordQueue, PasswordQueueBusyError, type PasswordQueue } from "./password-queue";

export type ResetPasswordResult =
  | { ok: true; email: string; temporaryPassword: string }
  | { ok: false; reason: "not-found"; message: string }
  | { ok: false; reason: "busy"; message: string; retryAfterSeconds: number };

/** 15 random bytes: 20 base64url characters, 120 bits — unguessable for the hours it lives. */
const TEMPORARY_BYTES = 15;

/**
 * An admin resets a user's password: a random temporary password (shown once to the admin, who
 * passes it on) replaces the old one, every session of the user ends, and the user is flagged to
 * choose their own at next sign-in before anything else. Hashed in the bounded password queue.
 */
export async function resetPassword(db: Db, actorId: string, input: { userId: string }, options: { clientIp: string; cost?: ScryptCost; queue?: PasswordQueue }): Promise<ResetPasswordResult> {
  const parsed = passwordResetSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "not-found", message: "No such user." };
  const user = await db.user.findUnique({ where: { id: parsed.data.userId }, select: { id: true, email: true } });
  if (!user) return { ok: false, reason: "not-found", message: "No such user." };
  const temporaryPassword = randomBytes(TEMPORARY_BYTES).toString("base64url");
  let passwordHash: string;
  try {
    passwordHash = await (options.queue ?? appPasswordQueue).run(options.clientIp, () => hashPassword(temporaryPassword, options.cost));
  } catch (error) {
    if (error instanceof PasswordQueueBusyError) return { ok: false, reason: "busy", message: error.message, retryAfterSeconds: error.retryAfterSeconds };
    throw error;
  }
  return db.$transaction(async (tx): Promise<ResetPasswordResult> => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.passwordReset.upsert({ where: { userId: user.id }, create: { userId: user.id, byId: actorId }, update: { byId: actorId, at: new Date() } });
    const revoked = await tx.session.deleteMany({ where: { userId: user.id } });
    await writeAuditLog(tx, { actorId, action: "user.password-reset", entityType: "User", entityId: user.id, before: { email: user.email }, after: { email: user.email, mustChange: true, revokedSessions: revoked.count } });
    return { ok: true, email: user.email, temporaryPassword };
  });
}
