import "server-only";
import { db as appDb, type Db } from "@/lib/db";

/** The outlet of each article (article id → outlet id), for links to the per-outlet view. */
export async function listArticleOutlets(articleIds: readonly string[], db: Db = appDb): Promise<Map<string, string>> {
  if (articleIds.length === 0) return new Map();
  const rows = await db.article.findMany({ where: { id: { in: [...articleIds] } }, select: { id: true, outletId: true } });
  return new Map(rows.map((row) => [row.id, row.outletId]));
}
