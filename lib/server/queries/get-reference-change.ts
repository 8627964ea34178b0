import "server-only";
import { LIVE_STORY } from "@/lib/counts/stage-story";
import { db } from "@/lib/db";
import { EDITOR_TOUCHED } from "@/lib/pipeline/store/analysis/editor-touched";
import { setReferenceSchema } from "@/lib/validation/article-import";

/**
 * What making `articleId` the reference of story `slug` would do, for its confirmation page: the
 * story, the article and the current reference, how many articles would be re-analysed and how
 * much editor work rests on the current claims. null when the story or article does not exist (a
 * stage story does not: lib/counts/stage-story.ts, nor do its rows on the story's articles count).
 */
export async function getReferenceChange(slug: string, articleId: string) {
  const parsed = setReferenceSchema.safeParse({ storySlug: slug, articleId });
  if (!parsed.success) return null;
  const story = await db.story.findUnique({
    where: { slug, ...LIVE_STORY },
    select: { id: true, slug: true, title: true, referenceArticleId: true, referenceArticle: { select: { outlet: { select: { name: true } } } }, _count: { select: { articles: true } } },
  });
  if (!story) return null;
  const article = await db.article.findFirst({ where: { id: articleId, storyId: story.id }, select: { id: true, title: true, outlet: { select: { name: true } } } });
  if (!article) return null;
  const [editorAppearances, notes] = await Promise.all([
    // Through the claims, not the articles: a stage story's rows on these articles are not the story's.
    db.claimAppearance.count({ where: { claim: { storyId: story.id }, ...EDITOR_TOUCHED } }),
    db.note.count({ where: { claim: { storyId: story.id }, retractedAt: null } }),
  ]);
  return {
    story: { slug: story.slug, title: story.title },
    article: { id: article.id, title: article.title, outletName: article.outlet.name },
    currentReference: story.referenceArticle ? { outletName: story.referenceArticle.outlet.name } : null,
    isAlreadyReference: story.referenceArticleId === article.id,
    articleCount: story._count.articles,
    editorAppearances,
    claimNotes: notes,
  };
}
