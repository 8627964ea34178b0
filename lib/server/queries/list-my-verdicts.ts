import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { LIVE_CLAIM_ROW } from "@/lib/counts/stage-story";
import { isLabel, type Label } from "@/lib/labels";
import { findUndoneEntryIds, UNDO_VERDICT_ACTION, UNDOABLE_VERDICT_ACTIONS } from "@/lib/pipeline/undo-verdict";

/** Verdicts listed: a session's worth of recent work; older ones are in the audit log. */
const MY_VERDICTS_SHOWN = 10;

export interface MyVerdict {
  auditId: string;
  at: Date;
  /** The label in force before and after the verdict. */
  from: Label | null;
  to: Label | null;
  note: string | null;
  appearanceId: string;
  text: string;
  outlet: string;
  articleId: string;
  sentenceIndex: number | null;
  claimId: string;
  storySlug: string;
  isUndone: boolean;
  /** Not undone, and nobody changed the appearance since (its version is the one the verdict wrote). */
  isUndoable: boolean;
}

const record = (value: unknown): Record<string, unknown> => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const labelOf = (value: unknown): Label | null => (isLabel(value) ? value : null);

/**
 * An editor's own recent verdicts, newest first, each saying whether it can still be undone. A
 * verdict on an appearance now under a stage story (lib/counts/stage-story.ts) is left out, as one
 * on an appearance that no longer exists.
 */
export async function listMyVerdicts(userId: string, options: { storySlug?: string } = {}, db: Db = appDb): Promise<MyVerdict[]> {
  const entries = await db.auditLog.findMany({
    where: { actorId: userId, entityType: "ClaimAppearance", action: { in: [...UNDOABLE_VERDICT_ACTIONS, UNDO_VERDICT_ACTION] }, ...(options.storySlug ? { story: { slug: options.storySlug } } : {}) },
    orderBy: { at: "desc" },
    // Undo entries ride along: each is newer than the verdict it takes back, so the window holds it.
    take: MY_VERDICTS_SHOWN * 2,
    select: { id: true, at: true, action: true, entityId: true, before: true, after: true },
  });
  const undone = findUndoneEntryIds(entries);
  const verdicts = entries.filter((entry) => entry.action !== UNDO_VERDICT_ACTION).slice(0, MY_VERDICTS_SHOWN);
  const appearances = await db.claimAppearance.findMany({
    where: { id: { in: verdicts.map((entry) => entry.entityId) }, ...LIVE_CLAIM_ROW },
    select: { id: true, text: true, version: true, claimId: true, articleId: true, sentence: { select: { index: true } }, article: { select: { outlet: { select: { name: true } } } }, claim: { select: { story: { select: { slug: true } } } } },
  });
  const byId = new Map(appearances.map((appearance) => [appearance.id, appearance]));
  return verdicts.flatMap((entry): MyVerdict[] => {
    const appearance = byId.get(entry.entityId);
    if (!appearance) return [];
    const before = record(entry.before);
    const after = record(entry.after);
    const isUndone = undone.has(entry.id);
    return [
      {
        auditId: entry.id,
        at: entry.at,
        from: labelOf(before.label),
        to: labelOf(after.label),
        note: typeof after.note === "string" ? after.note : null,
        appearanceId: appearance.id,
        text: appearance.text,
        outlet: appearance.article.outlet.name,
        articleId: appearance.articleId,
        sentenceIndex: appearance.sentence?.index ?? null,
        claimId: appearance.claimId,
        storySlug: appearance.claim.story.slug,
        isUndone,
        isUndoable: !isUndone && appearance.version === after.version,
      },
    ];
  });
}
