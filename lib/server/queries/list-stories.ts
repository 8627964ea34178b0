import "server-only";
import { db } from "@/lib/db";

/** Every story, newest first, with its article count and reference outlet. */
export async function listStories() {
  const stories = await db.story.findMany({
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
  }));
}
