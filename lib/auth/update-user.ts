import type { Db } from "@/lib/db";
import { writeAuditLog } from "@/lib/pipeline/write-audit-log";
import type { Role } from "./roles";

export type UpdateUserResult = { ok: true } | { ok: false; reason: "not-found" | "last-admin"; message: string };

/**
 * An admin changes a user's role or disables / re-enables the account (accounts are never
 * deleted: their notes and verdicts keep their author). Disabling ends the user's sessions. The
 * last active admin cannot be demoted or disabled, so the app always keeps someone who can manage users.
 */
export async function updateUser(db: Db, actorId: string, change: { userId: string; role?: Role; isDisabled?: boolean }): Promise<UpdateUserResult> {
  return db.$transaction(async (tx): Promise<UpdateUserResult> => {
    const user = await tx.user.findUnique({ where: { id: change.userId }, select: { id: true, email: true, role: true, disabledAt: true } });
    if (!user) return { ok: false, reason: "not-found", message: "No such user." };
    const role = change.role ?? user.role;
    const disabledAt = change.isDisabled === undefined ? user.disabledAt : change.isDisabled ? (user.disabledAt ?? new Date()) : null;
    const wasActiveAdmin = user.role === "admin" && !user.disabledAt;
    if (wasActiveAdmin && (role !== "admin" || disabledAt)) {
      const admins = await tx.user.count({ where: { role: "admin", disabledAt: null } });
      if (admins <= 1) return { ok: false, reason: "last-admin", message: "This is the last active admin: make someone else an admin first." };
    }
    await tx.user.update({ where: { id: user.id }, data: { role, disabledAt } });
    if (disabledAt && !user.disabledAt) await tx.session.deleteMany({ where: { userId: user.id } });
    await writeAuditLog(tx, {
      actorId,
      action: change.isDisabled === undefined ? "user.role" : change.isDisabled ? "user.disable" : "user.enable",
      entityType: "User",
      entityId: user.id,
      before: { email: user.email, role: user.role, disabled: user.disabledAt !== null },
      after: { email: user.email, role, disabled: disabledAt !== null },
    });
    return { ok: true };
  });
}
