import { z } from "zod";
import { LIVE_CLAIM_ROW } from "@/lib/counts/stage-story";
import type { Db, Tx } from "@/lib/db";
import { LABELS } from "@/lib/labels";
import { undoVerdictSchema, type UndoVerdictInput } from "@/lib/validation/editor";
import { refuse, type EditResult } from "./edit-result";
import { writeAuditLog } from "./write-audit-log";

/** The audit actions set-verdict writes: the verdicts an editor can take back. */
export const UNDOABLE_VERDICT_ACTIONS = ["verdict.set", "verdict.confirm"] as const;
export const UNDO_VERDICT_ACTION = "verdict.undo";

/** The appearance's verdict fields as set-verdict records them before and after a save. */
const verdictStateSchema = z.object({
  label: z.enum(LABELS).nullable(),
  editorLabel: z.enum(LABELS).nullable(),
  note: z.string().nullable(),
  reviewed: z.boolean(),
  version: z.number().int(),
});

/** The ids of verdict entries an undo has taken back, among the given audit entries of one appearance. */
export function findUndoneEntryIds(entries: readonly { action: string; after: unknown }[]): Set<string> {
  const undone = new Set<string>();
  for (const entry of entries) {
    const undoes = entry.action === UNDO_VERDICT_ACTION ? z.object({ undoes: z.string() }).safeParse(entry.after) : null;
    if (undoes?.success) undone.add(undoes.data.undoes);
  }
  return undone;
}

/**
 * An editor takes back one of their own verdicts (named by its audit entry): the appearance gets
 * the label, note, review mark and editor it had before, the note that verdict added is removed,
 * and the undo is audited ("verdict.undo", naming the entry it undoes). Only while nobody changed
 * the appearance since (the version the verdict wrote must still be current); otherwise nothing
 * changes and the result says so. Same optimistic scheme as set-verdict: the version bump comes
 * first, so SQLite takes the write lock before any read. An appearance under a stage story
 * (lib/counts/stage-story.ts) is refused as one that no longer exists.
 */
export async function undoVerdict(db: Db, actorId: string, input: UndoVerdictInput): Promise<EditResult<{ version: number; appearanceId: string }>> {
  const parsed = undoVerdictSchema.safeParse(input);
  if (!parsed.success) return refuse(422, "Name the verdict to undo.", parsed.error.flatten().fieldErrors);
  return db.$transaction(async (tx): Promise<EditResult<{ version: number; appearanceId: string }>> => {
    const entry = await tx.auditLog.findUnique({ where: { id: parsed.data.auditId }, select: { id: true, at: true, actorId: true, action: true, entityId: true, storyId: true, before: true, after: true } });
    if (!entry || entry.actorId !== actorId || !(UNDOABLE_VERDICT_ACTIONS as readonly string[]).includes(entry.action)) return refuse(404, "That is not one of your verdicts.");
    const before = verdictStateSchema.safeParse(entry.before);
    const after = verdictStateSchema.safeParse(entry.after);
    if (!before.success || !after.success) return refuse(422, "This verdict was recorded in an older format and cannot be undone.");
    const history = await tx.auditLog.findMany({
      where: { entityType: "ClaimAppearance", entityId: entry.entityId, action: { in: [...UNDOABLE_VERDICT_ACTIONS, UNDO_VERDICT_ACTION] } },
      orderBy: { at: "desc" },
      select: { id: true, at: true, actorId: true, action: true, after: true },
    });
    const undone = findUndoneEntryIds(history);
    if (undone.has(entry.id)) return refuse(409, "This verdict has already been undone.");
    const claimed = await tx.claimAppearance.updateMany({ where: { id: entry.entityId, version: after.data.version, ...LIVE_CLAIM_ROW }, data: { version: { increment: 1 } } });
    if (claimed.count === 0) return describeConflict(tx, entry.entityId);
    const current = await tx.claimAppearance.findUniqueOrThrow({ where: { id: entry.entityId }, select: { editedAt: true, machineLabel: true } });
    // Who set the verdict in force before this one: the latest verdict on the appearance before it that no undo took back.
    const previous = history.find((row) => row.at < entry.at && row.action !== UNDO_VERDICT_ACTION && !undone.has(row.id));
    const restoredEditor = before.data.editorLabel && previous ? { editorId: previous.actorId, editedAt: previous.at } : { editorId: null, editedAt: null };
    await tx.claimAppearance.update({
      where: { id: entry.entityId },
      data: { editorLabel: before.data.editorLabel, editorNote: before.data.note, isReviewed: before.data.reviewed, ...restoredEditor },
    });
    // The note the verdict added (set-verdict stamps it with the verdict's time) goes with it.
    if (after.data.note && after.data.note !== before.data.note && current.editedAt) {
      await tx.note.deleteMany({ where: { appearanceId: entry.entityId, authorId: actorId, body: after.data.note, createdAt: current.editedAt } });
    }
    const version = after.data.version + 1;
    await writeAuditLog(tx, {
      actorId,
      action: UNDO_VERDICT_ACTION,
      entityType: "ClaimAppearance",
      entityId: entry.entityId,
      storyId: entry.storyId,
      before: { ...after.data },
      after: { label: before.data.editorLabel ?? current.machineLabel, editorLabel: before.data.editorLabel, note: before.data.note, reviewed: before.data.reviewed, version, undoes: entry.id },
    });
    return { ok: true, version, appearanceId: entry.entityId };
  });
}

async function describeConflict(tx: Tx, appearanceId: string): Promise<EditResult<never>> {
  const current = await tx.claimAppearance.findUnique({ where: { id: appearanceId, ...LIVE_CLAIM_ROW }, select: { editedAt: true, editor: { select: { name: true, email: true } } } });
  if (!current) return refuse(404, "This appearance no longer exists.");
  const who = current.editor ? (current.editor.name ?? current.editor.email) : "someone else";
  return refuse(409, `Changed since your verdict (by ${who}): undoing it would overwrite their change. Open it and set the verdict instead.`);
}
