import { LIVE_CLAIM } from "@/lib/counts/stage-story";
import type { Db } from "@/lib/db";
import { dismissClaimSchema, restoreClaimSchema, type DismissClaimInput } from "@/lib/validation/editor";
import { refuse, type EditResult } from "./edit-result";
import { writeAuditLog } from "./write-audit-log";

/**
 * An editor marks a claim "not a claim" (noise: a byline, a headline fragment, a one-word detail).
 * It and its details then leave the matrix, counts, claims list, queue and exports (the rule of
 * lib/counts/claim-dismissal.ts); nothing else changes, so restoreClaim brings it back as it was.
 * Dismissing a dismissed claim changes nothing and is not logged twice. A claim under a stage story
 * (lib/counts/stage-story.ts) is refused, here and by restoreClaim, as one that no longer exists.
 */
export async function dismissClaim(db: Db, actorId: string, input: DismissClaimInput): Promise<EditResult<{ storySlug: string }>> {
  const parsed = dismissClaimSchema.safeParse(input);
  if (!parsed.success) return refuse(422, "Check the dismissal.", parsed.error.flatten().fieldErrors);
  const { claimId, reason } = parsed.data;
  return db.$transaction(async (tx): Promise<EditResult<{ storySlug: string }>> => {
    const claim = await tx.claim.findUnique({ where: { id: claimId, ...LIVE_CLAIM }, select: { text: true, storyId: true, story: { select: { slug: true } }, dismissal: { select: { claimId: true } } } });
    if (!claim) return refuse(404, "This claim no longer exists.");
    if (claim.dismissal) return { ok: true, storySlug: claim.story.slug };
    await tx.claimDismissal.create({ data: { claimId, dismissedById: actorId, reason } });
    await writeAuditLog(tx, { actorId, action: "claim.dismiss", entityType: "Claim", entityId: claimId, storyId: claim.storyId, before: { text: claim.text, dismissed: false }, after: { text: claim.text, dismissed: true, reason } });
    return { ok: true, storySlug: claim.story.slug };
  });
}

/** An editor takes a dismissal back: the claim is shown and counted again. */
export async function restoreClaim(db: Db, actorId: string, input: { claimId: string }): Promise<EditResult<{ storySlug: string }>> {
  const parsed = restoreClaimSchema.safeParse(input);
  if (!parsed.success) return refuse(422, "Name the claim to restore.", parsed.error.flatten().fieldErrors);
  const { claimId } = parsed.data;
  return db.$transaction(async (tx): Promise<EditResult<{ storySlug: string }>> => {
    const claim = await tx.claim.findUnique({ where: { id: claimId, ...LIVE_CLAIM }, select: { text: true, storyId: true, story: { select: { slug: true } }, dismissal: { select: { reason: true } } } });
    if (!claim) return refuse(404, "This claim no longer exists.");
    if (!claim.dismissal) return refuse(409, "This claim is not dismissed (someone restored it already).");
    await tx.claimDismissal.delete({ where: { claimId } });
    await writeAuditLog(tx, { actorId, action: "claim.restore", entityType: "Claim", entityId: claimId, storyId: claim.storyId, before: { text: claim.text, dismissed: true, reason: claim.dismissal.reason }, after: { text: claim.text, dismissed: false } });
    return { ok: true, storySlug: claim.story.slug };
  });
}
