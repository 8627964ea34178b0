import { anchorQuote, describeQuote } from "@/lib/annotation/anchor-quote";
import type { Tx } from "@/lib/db";
import { writeAuditLog } from "./write-audit-log";

export interface ReanchorSummary {
  anchored: number;
  moved: number;
  orphaned: number;
}

/**
 * Re-anchors the editor work on an article whose text is being replaced by `newText` (a re-import):
 * every hand-linked, reviewed, overridden or annotated appearance is looked up by its quote and
 * context (anchor-quote.ts). Found spans get their new offsets and context; the rest are marked
 * orphaned (kept, listed on the article page and in /review, never shown at a guessed place).
 * Call it in the import's transaction before the new text is stored and the story re-analysed;
 * moved and orphaned spans are recorded in the audit log. Only the story's own appearances: a stage
 * story's rows on the article (lib/counts/stage-story.ts) are not touched (rows written ahead carry
 * no editor work; retired ones are being deleted).
 */
export async function reanchorArticleAnnotations(tx: Tx, articleId: string, newText: string): Promise<ReanchorSummary> {
  const article = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { storyId: true } });
  const appearances = await tx.claimAppearance.findMany({
    where: {
      articleId,
      claim: { storyId: article.storyId },
      anchor: { not: "orphaned" },
      OR: [{ isReviewed: true }, { foundBy: "editor" }, { editorLabel: { not: null } }, { notes: { some: {} } }],
    },
    select: { id: true, start: true, end: true, text: true, prefix: true, suffix: true },
  });
  const summary: ReanchorSummary = { anchored: 0, moved: 0, orphaned: 0 };
  for (const appearance of appearances) {
    const selector = { exact: appearance.text, prefix: appearance.prefix, suffix: appearance.suffix, start: appearance.start, end: appearance.end };
    const result = anchorQuote(selector, newText);
    summary[result.status] += 1;
    if (result.status === "orphaned") {
      // Offsets are kept as the last known position; isStale hides the span from matrix and reader.
      await tx.claimAppearance.update({ where: { id: appearance.id }, data: { anchor: "orphaned", isStale: true, sentenceId: null } });
    } else {
      const moved = describeQuote(newText, result.start, result.end);
      await tx.claimAppearance.update({
        where: { id: appearance.id },
        data: { anchor: result.status, start: moved.start, end: moved.end, text: moved.exact, prefix: moved.prefix, suffix: moved.suffix },
      });
    }
    if (result.status !== "anchored") {
      await writeAuditLog(tx, {
        actorId: null,
        actorLabel: "re-import",
        action: `annotation.${result.status}`,
        entityType: "ClaimAppearance",
        entityId: appearance.id,
        storyId: article.storyId,
        before: selector,
        after: result.status === "orphaned" ? { reason: result.reason } : { ...describeQuote(newText, result.start, result.end), isEdited: result.isEdited },
      });
    }
  }
  return summary;
}
