import "server-only";
import { db as appDb, type Db } from "@/lib/db";

export interface StoryRevisionTime {
  capturedAt: Date;
  articleId: string;
  outletName: string;
  /** The article's revision captured then (1 is its first capture). */
  number: number;
}

/**
 * Every capture time of the story's articles, oldest first: the times the matrix can be shown
 * "as of". Empty unless some article has two or more revisions (without a revision there is no
 * earlier state of any article to show, only fewer articles).
 */
export async function listStoryRevisionTimes(storyId: string, db: Db = appDb): Promise<StoryRevisionTime[]> {
  const revisions = await db.articleRevision.findMany({
    where: { article: { storyId } },
    orderBy: [{ capturedAt: "asc" }, { number: "asc" }],
    select: { capturedAt: true, number: true, articleId: true, article: { select: { outlet: { select: { name: true } } } } },
  });
  if (!revisions.some((revision) => revision.number > 1)) return [];
  return revisions.map((revision) => ({ capturedAt: revision.capturedAt, articleId: revision.articleId, outletName: revision.article.outlet.name, number: revision.number }));
}
