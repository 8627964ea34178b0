import type { Tx } from "@/lib/db";
import { isSameRevisionText } from "@/lib/revisions/normalize-revision-text";

/** The text of one import of an article, as stored on Article. */
export interface RevisionText {
  rawText: string;
  rawInput?: string | null;
  inputFormat?: string | null;
  contentHash: string;
}

export interface RecordedRevision {
  number: number;
  /** false when the text equals the latest revision's after whitespace normalisation: nothing was added. */
  isNew: boolean;
}

/**
 * Keeps the text an import stored for an article as its next revision. Call it in the import's
 * transaction, after the article row holds the new text. A text equal to the latest revision's
 * after line-ending and whitespace normalisation adds no revision: the latest one takes the new
 * spelling of that whitespace (so the article's text is always its latest revision's) and keeps
 * its capture time.
 */
export async function recordArticleRevision(tx: Tx, articleId: string, text: RevisionText, capturedAt?: string | Date | null): Promise<RecordedRevision> {
  const latest = await tx.articleRevision.findFirst({ where: { articleId }, orderBy: { number: "desc" }, select: { id: true, number: true, rawText: true } });
  const fields = { rawText: text.rawText, rawInput: text.rawInput ?? null, inputFormat: text.inputFormat ?? null, contentHash: text.contentHash };
  if (latest && isSameRevisionText(latest.rawText, text.rawText)) {
    if (latest.rawText !== text.rawText) await tx.articleRevision.update({ where: { id: latest.id }, data: fields });
    return { number: latest.number, isNew: false };
  }
  const number = (latest?.number ?? 0) + 1;
  await tx.articleRevision.create({ data: { articleId, number, ...fields, capturedAt: capturedAt ? new Date(capturedAt) : new Date() } });
  return { number, isNew: true };
}
