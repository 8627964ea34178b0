import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { LIVE_STORY } from "@/lib/counts/stage-story";
import { isDraftStory, publishedStoryWhere } from "@/lib/pipeline/story-drafts";

/**
 * Stories newest first, with their article count and reference outlet. Drafts (no reference or no
 * derivative yet) only with `includeDrafts` (editors), marked `isDraft`. Never a stage story
 * (lib/counts/stage-story.ts).
 */
export async function listStories(options: { includeDrafts?: boolean } = {}, db: Db = defaultDb) {
  const stories = await db.story.findMany({
    where: options.includeDrafts ? LIVE_STORY : { ...LIVE_STORY, ...publishedStoryWhere },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      slug: true,
      title: true,
      createdAt: true,
      _count: { select: { articles: true } },
      referenceArticle: { select: { outlet: { select: { name: true } } } },
    },
  });
  return stories.map((story) => ({
    id: story.id,
    slug: story.slug,
    title: story.title,
    articleCount: story._count.articles,
    referenceOutlet: story.referenceArticle?.outlet.name ?? null,
    isDraft: isDraftStory({ hasReference: story.referenceArticle !== null, derivativeCount: story._count.articles - (story.referenceArticle ? 1 : 0) }),
  }));
}
