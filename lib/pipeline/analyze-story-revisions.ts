import type { Db } from "@/lib/db";
import type { RevisionsNeeded } from "@/lib/export/formats";
import type { ArticleRevisionsInput } from "@/lib/export/revisions-section";
import { createReferenceAnalysis, type ReferenceAnalysis } from "@/lib/analysis";
import { analyzeRevisions } from "@/lib/revisions";

/**
 * Every article's stored revisions analysed as the revisions page analyses them (get-article-revisions:
 * each revision against the story's current reference, changes from the one before), for the
 * exports. The reference's own revisions are listed without labels: there is nothing to compare
 * them with; so are an article's only revision when `needed` is "changed". Articles in
 * `articles` order (the export's).
 */
export async function analyzeStoryRevisions(db: Db, storyId: string, articles: readonly { id: string; title: string; outlet: { name: string } }[], needed: RevisionsNeeded = "all"): Promise<ArticleRevisionsInput[]> {
  const [story, revisions] = await Promise.all([
    db.story.findUnique({ where: { id: storyId }, select: { referenceArticle: { select: { id: true, rawText: true, outlet: { select: { name: true } } } } } }),
    db.articleRevision.findMany({ where: { article: { storyId } }, orderBy: [{ articleId: "asc" }, { number: "asc" }], select: { articleId: true, number: true, rawText: true, capturedAt: true } }),
  ]);
  const reference = story?.referenceArticle ?? null;
  const byArticle = new Map<string, typeof revisions>();
  for (const revision of revisions) {
    const list = byArticle.get(revision.articleId);
    if (list) list.push(revision);
    else byArticle.set(revision.articleId, [revision]);
  }
  // One reference model for every article (each still numbers its new details on its own), built
  // when the first article needs it: with "changed" most stories need none.
  let shared: ReferenceAnalysis | undefined;
  return articles.map((article) => {
    const own = (byArticle.get(article.id) ?? []).map(({ number, rawText, capturedAt }) => ({ number, text: rawText, capturedAt }));
    // "changed": an article captured once is listed with its one revision unanalysed.
    const canCompare = reference !== null && reference.id !== article.id && (needed === "all" || own.length > 1);
    return {
      articleId: article.id,
      outlet: article.outlet.name,
      title: article.title,
      revisions: canCompare
        ? analyzeRevisions((shared ??= createReferenceAnalysis({ file: reference.id, text: reference.rawText }, { referenceOutletNames: [reference.outlet.name] })), own)
        : own.map(({ number, capturedAt }) => ({ number, capturedAt, labels: null, changes: null, trivialCount: 0 })),
    };
  });
}
