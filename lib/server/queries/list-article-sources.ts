import "server-only";
import { db as appDb, type Db } from "@/lib/db";

/** Where an article's text came from (TextProvenance). */
export interface ArticleSource {
  url: string | null;
  capturedFrom: string | null;
  sourceNotes: string | null;
}

/** The source fields of some articles (article id → source), for the story page's article list. */
export async function listArticleSources(articleIds: readonly string[], db: Db = appDb): Promise<Map<string, ArticleSource>> {
  if (articleIds.length === 0) return new Map();
  const rows = await db.article.findMany({ where: { id: { in: [...articleIds] } }, select: { id: true, url: true, capturedFrom: true, sourceNotes: true } });
  return new Map(rows.map(({ id, ...source }) => [id, source]));
}
