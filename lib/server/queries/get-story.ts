import "server-only";
import { LIVE_STORY } from "@/lib/counts/stage-story";
import { db } from "@/lib/db";
import { STORY_ARTICLE_ORDER } from "@/lib/pipeline/story-order";

/** A story with its articles (reference first, then by publication date), or null (also for a stage story). */
export async function getStory(slug: string) {
  const story = await db.story.findUnique({
    where: { slug, ...LIVE_STORY },
    select: {
      id: true,
      slug: true,
      title: true,
      referenceArticleId: true,
      articles: {
        orderBy: STORY_ARTICLE_ORDER,
        select: {
          id: true,
          title: true,
          url: true,
          publishedAt: true,
          byline: true,
          language: true,
          sourceFile: true,
          outlet: { select: { name: true, kind: true, domain: true } },
        },
      },
    },
  });
  if (!story) return null;
  const articles = story.articles
    .map((article) => ({ ...article, isReference: article.id === story.referenceArticleId }))
    .sort((a, b) => Number(b.isReference) - Number(a.isReference));
  return { id: story.id, slug: story.slug, title: story.title, articles };
}
