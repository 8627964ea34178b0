import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { reviewQueueSql } from "@/lib/counts/review-queue-sql";
import type { Label } from "@/lib/labels";
import { bulkReviewSchema, type BulkReviewInput } from "@/lib/validation/bulk-review";
import { refuse, type EditResult } from "./edit-result";
import { writeAuditLog } from "./write-audit-log";

/**
 * Most items one bulk step may change: a whole story's queue (the seed story has ~170) with room
 * to spare, while a slip on "every story" cannot relabel a whole newsroom's work in one click.
 */
export const MAX_BULK_ITEMS = 1_000;

export type BulkReviewResult = EditResult<{ changed: number; skipped: number }>;

interface Target {
  id: string;
  version: number;
  claimId: string;
  storyId: string;
  machineLabel: Label;
  isReviewed: number | bigint;
}

/**
 * An editor confirms, relabels or dismisses several review items in one step: the ticked items
 * (each with the version the editor's page read: one changed since is skipped, not overwritten),
 * or every unreviewed item matching the queue's filter. One transaction, one audit entry listing
 * every item it changed. Relabelling needs a note (it changes the machine's label), stored on
 * each item as set-verdict does; dismissing marks the items' claims "not a claim".
 */
export async function bulkReview(db: Db, actorId: string, input: BulkReviewInput): Promise<BulkReviewResult> {
  const parsed = bulkReviewSchema.safeParse(input);
  if (!parsed.success) return refuse(422, "Check the bulk action.", parsed.error.flatten().fieldErrors);
  const { operation, label, note, scope, items, storySlug, isMine } = parsed.data;
  return db.$transaction(async (tx): Promise<BulkReviewResult> => {
    const ids = scope === "selected" ? items.map((item) => item.id) : null;
    const targets = await tx.$queryRaw<Target[]>`
      SELECT a."id", a."version", a."claimId", c."storyId", a."machineLabel", a."isReviewed"
      FROM "ClaimAppearance" a JOIN "Claim" c ON c."id" = a."claimId" JOIN "Story" s ON s."id" = c."storyId"
      WHERE ${reviewQueueSql({ storySlug, ...(isMine ? { assigneeId: actorId } : {}), unreviewedOnly: true })} ${ids ? Prisma.sql`AND a."id" IN (${Prisma.join(ids)})` : Prisma.empty}
      LIMIT ${MAX_BULK_ITEMS + 1}`;
    if (targets.length > MAX_BULK_ITEMS) return refuse(422, `That is more than ${MAX_BULK_ITEMS} items: narrow the filter to one story first.`);
    const versionOf = new Map(items.map((item) => [item.id, item.version]));
    // A ticked item someone reviewed or changed since the page was read is left as they left it.
    const current = targets.filter((target) => scope === "filter" || versionOf.get(target.id) === Number(target.version));
    if (current.length === 0) return refuse(409, scope === "selected" ? "None of those items is still waiting as you saw it: reload the queue." : "Nothing matches this filter any more.");
    const now = new Date();
    const changed: { id: string; from: Label; to: Label | "dismissed" }[] = [];
    if (operation === "dismiss") {
      const claimIds = [...new Set(current.map((target) => target.claimId))];
      const already = new Set((await tx.claimDismissal.findMany({ where: { claimId: { in: claimIds } }, select: { claimId: true } })).map((row) => row.claimId));
      await tx.claimDismissal.createMany({ data: claimIds.filter((id) => !already.has(id)).map((claimId) => ({ claimId, dismissedById: actorId, reason: note })) });
      for (const target of current) changed.push({ id: target.id, from: target.machineLabel, to: "dismissed" });
    } else {
      for (const target of current) {
        const to = operation === "confirm" ? target.machineLabel : (label as Label);
        const written = await tx.claimAppearance.updateMany({
          where: { id: target.id, version: Number(target.version), isReviewed: false },
          data: { editorLabel: to, ...(note ? { editorNote: note } : {}), editorId: actorId, editedAt: now, isReviewed: true, version: { increment: 1 } },
        });
        if (written.count === 1) changed.push({ id: target.id, from: target.machineLabel, to });
      }
      if (note) await tx.note.createMany({ data: changed.map((item) => ({ body: note, authorId: actorId, appearanceId: item.id, createdAt: now })) });
    }
    const storyIds = [...new Set(current.map((target) => target.storyId))];
    await writeAuditLog(tx, {
      actorId,
      action: "review.bulk",
      entityType: storyIds.length === 1 ? "Story" : "ReviewQueue",
      entityId: storyIds.length === 1 ? storyIds[0]! : "all",
      storyId: storyIds.length === 1 ? storyIds[0]! : null,
      before: null,
      after: { operation, label: operation === "relabel" ? label : null, note, scope, items: changed },
    });
    return { ok: true, changed: changed.length, skipped: (scope === "selected" ? items.length : targets.length) - changed.length };
  });
}
