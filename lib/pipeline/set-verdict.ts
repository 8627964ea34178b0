import { LIVE_CLAIM_ROW } from "@/lib/counts/stage-story";
import type { Db } from "@/lib/db";
import type { Label } from "@/lib/labels";
import { verdictSchema, type VerdictInput } from "@/lib/validation/editor";
import { refuse, type EditResult } from "./edit-result";
import { writeAuditLog } from "./write-audit-log";

/** Thrown inside the transaction to roll back the version claim when the input turns out invalid. */
class Rollback extends Error {
  constructor(readonly result: EditResult<never>) {
    super(result.ok ? "" : result.message);
  }
}

/**
 * An editor sets (or confirms) the verdict of an appearance: the label, a note (required when it
 * changes the label in force, the editor's or else the machine's), and the review mark. Optimistic
 * concurrency: the save names the version it read; when someone saved since, nothing changes and
 * the result names who and when. An appearance under a stage story (lib/counts/stage-story.ts) is
 * refused as one that no longer exists.
 *
 * The transaction's first statement is the conditional version bump, so SQLite takes the write
 * lock before any read: two racing saves queue on the lock instead of both reading the old
 * version (the loser then finds 0 rows and gets the conflict).
 */
export async function setVerdict(db: Db, actorId: string, input: VerdictInput): Promise<EditResult<{ version: number }>> {
  const parsed = verdictSchema.safeParse(input);
  if (!parsed.success) return refuse(422, "Check the verdict form.", parsed.error.flatten().fieldErrors);
  const { appearanceId, version, label, note } = parsed.data;
  try {
    return await db.$transaction(async (tx): Promise<EditResult<{ version: number }>> => {
      const claimed = await tx.claimAppearance.updateMany({ where: { id: appearanceId, version, ...LIVE_CLAIM_ROW }, data: { version: { increment: 1 } } });
      if (claimed.count === 0) {
        const current = await tx.claimAppearance.findUnique({
          where: { id: appearanceId, ...LIVE_CLAIM_ROW },
          select: { version: true, editedAt: true, editor: { select: { name: true, email: true } } },
        });
        if (!current) return refuse(404, "This appearance no longer exists.");
        const who = current.editor ? (current.editor.name ?? current.editor.email) : "someone else";
        const when = current.editedAt ? ` at ${current.editedAt.toISOString().replace("T", " ").slice(0, 16)} UTC` : "";
        return refuse(409, `Changed by ${who}${when} while you were looking at it: reload to see their verdict, then decide again.`);
      }
      const before = await tx.claimAppearance.findUniqueOrThrow({
        where: { id: appearanceId },
        select: { machineLabel: true, editorLabel: true, editorNote: true, isReviewed: true, claim: { select: { storyId: true } } },
      });
      // The label in force is the editor's when there is one: changing it, even back to the
      // machine's, needs a note, so no editor silently undoes another's override.
      const labelInForce = before.editorLabel ?? before.machineLabel;
      if (label !== labelInForce && !note) {
        const whose = before.editorLabel ? "the editor’s" : "the machine’s";
        throw new Rollback(refuse(422, `Write a note saying why you change ${whose} verdict.`, { note: ["A note is required when you change the label"] }));
      }
      // Confirming without a note keeps the note that explains the label in force.
      const editorNote = note ?? before.editorNote;
      const now = new Date();
      await tx.claimAppearance.update({
        where: { id: appearanceId },
        data: { editorLabel: label as Label, editorNote, editorId: actorId, editedAt: now, isReviewed: true },
      });
      if (note) await tx.note.create({ data: { body: note, authorId: actorId, appearanceId, createdAt: now } });
      await writeAuditLog(tx, {
        actorId,
        action: label === before.machineLabel && !before.editorLabel ? "verdict.confirm" : "verdict.set",
        entityType: "ClaimAppearance",
        entityId: appearanceId,
        storyId: before.claim.storyId,
        before: { label: before.editorLabel ?? before.machineLabel, editorLabel: before.editorLabel, note: before.editorNote, reviewed: before.isReviewed, version },
        after: { label, editorLabel: label, note: editorNote, reviewed: true, version: version + 1 },
      });
      return { ok: true, version: version + 1 };
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    throw error;
  }
}
