import "server-only";
import { db as appDb, type Db } from "@/lib/db";

export interface RevisedArticle {
  id: string;
  outlet: string;
  title: string;
  revisions: number;
  firstCapturedAt: Date;
  lastCapturedAt: Date;
}

/** The story's articles whose text changed after first capture (two or more revisions), by outlet. */
export async function listRevisedArticles(storyId: string, db: Db = appDb): Promise<RevisedArticle[]> {
  const groups = await db.articleRevision.groupBy({
    by: ["articleId"],
    where: { article: { storyId } },
    _count: { _all: true },
    _min: { capturedAt: true },
    _max: { capturedAt: true },
    having: { articleId: { _count: { gt: 1 } } },
  });
  if (groups.length === 0) return [];
  const articles = await db.article.findMany({ where: { id: { in: groups.map((group) => group.articleId) } }, select: { id: true, title: true, outlet: { select: { name: true } } } });
  const byId = new Map(articles.map((article) => [article.id, article]));
  return groups
    .flatMap((group) => {
      const article = byId.get(group.articleId);
      return article ? [{ id: article.id, outlet: article.outlet.name, title: article.title, revisions: group._count._all, firstCapturedAt: group._min.capturedAt!, lastCapturedAt: group._max.capturedAt! }] : [];
    })
    .sort((a, b) => a.outlet.localeCompare(b.outlet, "en"));
}
