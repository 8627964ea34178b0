import { randomUUID } from "node:crypto";
import { describeQuote } from "@/lib/annotation/anchor-quote";
import type { Db } from "@/lib/db";
import type { Label } from "@/lib/labels";
import { annotationSchema, type AnnotationInput } from "@/lib/validation/editor";
import { refuse, type EditResult } from "./edit-result";
import { writeAuditLog } from "./write-audit-log";

/**
 * An editor links a span of an article to a claim of its story, or makes a new claim from it, with
 * a label and a note. The span is stored as a W3C TextQuoteSelector (exact = text, prefix, suffix)
 * plus a TextPositionSelector (start, end), so it can be re-anchored when the text is re-imported.
 * The selection must still match the stored text (a page read before a re-import is refused).
 */
export async function annotateSpan(db: Db, actorId: string, input: AnnotationInput): Promise<EditResult<{ appearanceId: string; claimId: string }>> {
  const parsed = annotationSchema.safeParse(input);
  if (!parsed.success) return refuse(422, "Check the annotation form.", parsed.error.flatten().fieldErrors);
  const { articleId, start, end, exact, claimId, newClaimText, label, note } = parsed.data;
  return db.$transaction(async (tx): Promise<EditResult<{ appearanceId: string; claimId: string }>> => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true, rawText: true, storyId: true, referenceOf: { select: { id: true } } } });
    if (!article) return refuse(404, "This article no longer exists.");
    if (article.rawText.slice(start, end) !== exact) return refuse(409, "The article’s text changed since you loaded the page: reload and select the span again.");

    let claim: { id: string; text: string };
    if (claimId) {
      const found = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true, text: true, storyId: true } });
      if (!found || found.storyId !== article.storyId) return refuse(422, "Pick a claim of this story.", { claimId: ["Pick a claim of this story"] });
      const duplicate = await tx.claimAppearance.findFirst({ where: { claimId, articleId, start, end, anchor: { not: "orphaned" } }, select: { id: true } });
      if (duplicate) return refuse(409, "This span is already linked to that claim: set its verdict instead.");
      claim = found;
    } else {
      const isReference = article.referenceOf !== null;
      const last = await tx.claim.aggregate({ where: { storyId: article.storyId }, _max: { position: true } });
      claim = await tx.claim.create({
        data: {
          storyId: article.storyId,
          key: `editor:${randomUUID()}`,
          // In the reference, a new claim is a statement of it; elsewhere it is material the outlet added.
          kind: isReference ? "statement" : "detail",
          text: newClaimText as string,
          start: isReference ? start : null,
          end: isReference ? end : null,
          position: (last._max.position ?? 0) + 1,
          isNew: !isReference,
          createdBy: "editor",
          createdById: actorId,
        },
        select: { id: true, text: true },
      });
      await writeAuditLog(tx, { actorId, action: "claim.create", entityType: "Claim", entityId: claim.id, storyId: article.storyId, before: null, after: { text: claim.text, from: { articleId, start, end } } });
    }

    const sentence = await tx.sentence.findFirst({ where: { articleId, start: { lte: start }, end: { gt: start } }, select: { id: true } });
    const { prefix, suffix } = describeQuote(article.rawText, start, end);
    const now = new Date();
    const appearance = await tx.claimAppearance.create({
      data: {
        claimId: claim.id,
        articleId,
        sentenceId: sentence?.id ?? null,
        start,
        end,
        text: exact,
        prefix,
        suffix,
        foundBy: "editor",
        editorLabel: label as Label,
        editorNote: note,
        editorId: actorId,
        editedAt: now,
        isReviewed: true,
      },
      select: { id: true },
    });
    await tx.note.create({ data: { body: note, authorId: actorId, appearanceId: appearance.id, createdAt: now } });
    await writeAuditLog(tx, {
      actorId,
      action: "annotation.create",
      entityType: "ClaimAppearance",
      entityId: appearance.id,
      storyId: article.storyId,
      before: null,
      after: { claimId: claim.id, articleId, selector: { exact, prefix, suffix, start, end }, label, note },
    });
    return { ok: true, appearanceId: appearance.id, claimId: claim.id };
  });
}
