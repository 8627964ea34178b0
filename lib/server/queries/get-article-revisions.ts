import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { analyzeRevisions, compareRevisions, type AnalyzedRevision, type RevisionComparison } from "@/lib/revisions";

export interface ArticleRevisionsView {
  article: { id: string; title: string; url: string | null; publishedAt: Date | null; outlet: string; isReference: boolean };
  story: { slug: string; title: string };
  /** Every revision, oldest first, with its labels and its changes from the one before (none for the reference). */
  revisions: (AnalyzedRevision & { inputFormat: string | null; createdAt: Date })[];
  /** The pair compared (default: the last two) and what changed; null with fewer than two revisions or for the reference. */
  comparison: { from: number; to: number; includeTrivial: boolean; result: RevisionComparison } | null;
}

/**
 * An article's revisions and, when it has two or more, the claim-level comparison of `from` with
 * `to` (default: the last two). Revisions are analysed against the story's current reference, on
 * request: nothing is stored. The reference's own revisions are listed but not compared (there
 * is nothing to compare them with).
 */
export async function getArticleRevisions(
  articleId: string,
  query: { from?: number | undefined; to?: number | undefined; includeTrivial?: boolean },
  db: Db = appDb,
): Promise<ArticleRevisionsView | null> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      url: true,
      publishedAt: true,
      outlet: { select: { name: true } },
      story: { select: { slug: true, title: true, referenceArticle: { select: { id: true, rawText: true, outlet: { select: { name: true } } } } } },
      revisions: { orderBy: { number: "asc" }, select: { number: true, rawText: true, capturedAt: true, createdAt: true, inputFormat: true } },
    },
  });
  if (!article) return null;
  const reference = article.story.referenceArticle;
  const isReference = reference?.id === article.id;
  const canCompare = reference !== null && !isReference;
  const referenceInput = { file: reference?.id ?? "reference", text: reference?.rawText ?? "" };
  const options = { referenceOutletNames: reference ? [reference.outlet.name] : [] };
  const analysed = canCompare ? analyzeRevisions(referenceInput, article.revisions.map(({ number, rawText, capturedAt }) => ({ number, text: rawText, capturedAt })), options) : [];
  const revisions = article.revisions.map((revision, index) => ({
    ...(analysed[index] ?? { number: revision.number, capturedAt: revision.capturedAt, labels: null, changes: null, trivialCount: 0 }),
    inputFormat: revision.inputFormat,
    createdAt: revision.createdAt,
  }));

  let comparison: ArticleRevisionsView["comparison"] = null;
  const numbers = article.revisions.map((revision) => revision.number);
  if (canCompare && numbers.length >= 2) {
    const pick = (wanted: number | undefined, fallback: number) => (wanted !== undefined && numbers.includes(wanted) ? wanted : fallback);
    const to = pick(query.to, numbers.at(-1)!);
    const from = pick(query.from, numbers[Math.max(0, numbers.indexOf(to) - 1)]!);
    const textOf = (number: number) => article.revisions.find((revision) => revision.number === number)!.rawText;
    const includeTrivial = query.includeTrivial ?? false;
    comparison = { from, to, includeTrivial, result: compareRevisions({ reference: referenceInput, ...options, before: textOf(from), after: textOf(to), includeTrivial }) };
  }
  return {
    article: { id: article.id, title: article.title, url: article.url, publishedAt: article.publishedAt, outlet: article.outlet.name, isReference },
    story: { slug: article.story.slug, title: article.story.title },
    revisions,
    comparison,
  };
}
