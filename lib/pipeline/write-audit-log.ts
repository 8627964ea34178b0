import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "./audit-actions";

export interface AuditEntry {
  /** The signed-in user; null for the system (seed, machine analysis, CLI without a user). */
  actorId: string | null;
  /** Shown when there is no user ("seed", "machine", "cli"); defaults to the user's email. */
  actorLabel?: string;
  /** One of the registry's actions (lib/pipeline/audit-actions.ts), each with its words. */
  action: AuditAction;
  entityType: string;
  entityId: string;
  storyId?: string | null;
  /** The entity's relevant fields before and after the change (null when created / removed). */
  before: Prisma.InputJsonValue | null;
  after: Prisma.InputJsonValue | null;
}

/**
 * Appends one entry to the audit log inside the caller's transaction, so a change and its record
 * commit or fail together. Every mutation in the app (and the import) goes through here.
 */
export async function writeAuditLog(tx: Tx, entry: AuditEntry): Promise<void> {
  let actorLabel = entry.actorLabel;
  if (!actorLabel && entry.actorId) {
    const actor = await tx.user.findUnique({ where: { id: entry.actorId }, select: { email: true } });
    actorLabel = actor?.email;
  }
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      actorLabel: actorLabel ?? "system",
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      storyId: entry.storyId ?? null,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}
