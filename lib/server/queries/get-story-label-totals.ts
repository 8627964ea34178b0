import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { LABELS, type Label } from "@/lib/labels";

export type LabelTotals = Record<Label, number>;

/**
 * Per story: how many derivative sentences got each machine label, plus the reference statements
 * derivatives omitted. Two grouped SQL aggregates over all stories, whatever their size.
 */
export async function getStoryLabelTotals(db: Db = defaultDb): Promise<Map<string, LabelTotals>> {
  const [sentences, omissions] = await Promise.all([
    db.$queryRaw<{ storyId: string; label: Label; n: number | bigint }[]>`
      SELECT a."storyId", x."label", SUM(x.n) AS n
      FROM (SELECT "articleId", "label", COUNT(*) AS n FROM "Sentence" WHERE "label" IS NOT NULL GROUP BY "articleId", "label") x
      JOIN "Article" a ON a."id" = x."articleId"
      GROUP BY a."storyId", x."label"`,
    db.$queryRaw<{ storyId: string; n: number | bigint }[]>`
      SELECT c."storyId", COUNT(*) AS n
      FROM "Omission" o JOIN "Claim" c ON c."id" = o."claimId"
      WHERE c."kind" = 'statement'
      GROUP BY c."storyId"`,
  ]);
  const totals = new Map<string, LabelTotals>();
  const totalsOf = (storyId: string) => {
    let entry = totals.get(storyId);
    if (!entry) {
      entry = Object.fromEntries(LABELS.map((label) => [label, 0])) as LabelTotals;
      totals.set(storyId, entry);
    }
    return entry;
  };
  for (const row of sentences) if (LABELS.includes(row.label)) totalsOf(row.storyId)[row.label] += Number(row.n);
  for (const row of omissions) totalsOf(row.storyId).omitted += Number(row.n);
  return totals;
}
