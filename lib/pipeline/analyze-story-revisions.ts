import type { Db } from "@/lib/db";
import type { ArticleRevisionsInput } from "@/lib/export/revisions-section";
import { analyzeRevisions } from "@/lib/revisions";

/**
 * Every article's stored revisions analysed as the revisions page analyses them (get-article-revisions:
 * each revision against the story's current reference, changes from the one before), for the
 * exports. The reference's own revisions are listed without labels: there is nothing to compare
 * them with. Articles in `articles` order (the export's).
 */
export async function analyzeStoryRevisions(db: Db, storyId: string, articles: readonly { id: string; title: string; outlet: { name: string } }[]): Promise<ArticleRevisionsInput[]> {
  const [story, revisions] = await Promise.all([
    db.story.findUnique({ where: { id: storyId }, select: { referenceArticle: { select: { id: true, rawText: true, outlet: { select: { name: true } } } } } }),
    db.articleRevision.findMany({ where: { article: { storyId } }, orderBy: [{ articleId: "asc" }, { number: "asc" }], select: { articleId: true, number: true, rawText: true, capturedAt: true } }),
  ]);
  const reference = story?.referenceArticle ?? null;
  const byArticle = new Map<string, typeof revisions>();
  for (const revision of revisions) byArticle.set(revision.articleId, [...(byArticle.get(revision.articleId) ?? []), revision]);
  const options = { referenceOutletNames: reference ? [reference.outlet.name] : [] };
  return articles.map((article) => {
    const own = (byArticle.get(article.id) ?? []).map(({ number, rawText, capturedAt }) => ({ number, text: rawText, capturedAt }));
    const canCompare = reference !== null && reference.id !== article.id;
    return {
      articleId: article.id,
      outlet: article.outlet.name,
      title: article.title,
      revisions: canCompare
        ? analyzeRevisions({ file: reference.id, text: reference.rawText }, own, options)
        : own.map(({ number, capturedAt }) => ({ number, capturedAt, labels: null, changes: null, trivialCount: 0 })),
    };
  });
}
