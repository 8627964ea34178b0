import { LIVE_CLAIM, LIVE_CLAIM_ROW } from "@/lib/counts/stage-story";
import type { Db } from "@/lib/db";
import { noteSchema, type NoteInput } from "@/lib/validation/editor";
import { refuse, type EditResult } from "./edit-result";
import { writeAuditLog } from "./write-audit-log";

/**
 * An editor adds a note to a claim or to one appearance of it (notes are never deleted); one under a
 * stage story (lib/counts/stage-story.ts) is refused as one that no longer exists.
 */
export async function addNote(db: Db, actorId: string, input: NoteInput): Promise<EditResult<{ noteId: string }>> {
  const parsed = noteSchema.safeParse(input);
  if (!parsed.success) return refuse(422, "Check the note.", parsed.error.flatten().fieldErrors);
  const { claimId, appearanceId, body } = parsed.data;
  return db.$transaction(async (tx): Promise<EditResult<{ noteId: string }>> => {
    const storyId = claimId
      ? (await tx.claim.findUnique({ where: { id: claimId, ...LIVE_CLAIM }, select: { storyId: true } }))?.storyId
      : (await tx.claimAppearance.findUnique({ where: { id: appearanceId, ...LIVE_CLAIM_ROW }, select: { claim: { select: { storyId: true } } } }))?.claim.storyId;
    if (!storyId) return refuse(404, "What you were writing about no longer exists.");
    const note = await tx.note.create({ data: { body, authorId: actorId, claimId: claimId ?? null, appearanceId: appearanceId ?? null }, select: { id: true } });
    await writeAuditLog(tx, {
      actorId,
      action: "note.add",
      entityType: claimId ? "Claim" : "ClaimAppearance",
      entityId: (claimId ?? appearanceId) as string,
      storyId,
      before: null,
      after: { noteId: note.id, body },
    });
    return { ok: true, noteId: note.id };
  });
}
