import { LIVE_CLAIM } from "@/lib/counts/stage-story";
import type { Db } from "@/lib/db";
import { claimEditSchema } from "@/lib/validation/editor";
import { refuse, type EditResult } from "./edit-result";
import { writeAuditLog } from "./write-audit-log";

/**
 * An editor rewords a claim an editor created (a machine claim's wording is the reference's own and
 * is rewritten by every analysis run, so it is not editable). The old wording stays in the log. A
 * claim under a stage story (lib/counts/stage-story.ts) is refused as one that no longer exists.
 */
export async function editClaim(db: Db, actorId: string, input: { claimId: string; text: string }): Promise<EditResult> {
  const parsed = claimEditSchema.safeParse(input);
  if (!parsed.success) return refuse(422, "Check the claim’s wording.", parsed.error.flatten().fieldErrors);
  const { claimId, text } = parsed.data;
  return db.$transaction(async (tx): Promise<EditResult> => {
    const claim = await tx.claim.findUnique({ where: { id: claimId, ...LIVE_CLAIM }, select: { text: true, createdBy: true, storyId: true } });
    if (!claim) return refuse(404, "This claim no longer exists.");
    if (claim.createdBy !== "editor") return refuse(422, "Only claims editors created can be reworded.");
    if (claim.text === text) return { ok: true };
    await tx.claim.update({ where: { id: claimId }, data: { text } });
    await writeAuditLog(tx, { actorId, action: "claim.edit", entityType: "Claim", entityId: claimId, storyId: claim.storyId, before: { text: claim.text }, after: { text } });
    return { ok: true };
  });
}
