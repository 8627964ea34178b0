import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { LABEL_SEVERITY, LABELS, type Label } from "@/lib/labels";

export type LabelTotals = Record<Label, number>;

const LABEL_AT_SEVERITY = new Map(LABELS.map((label) => [LABEL_SEVERITY[label], label]));
const editorSeveritySql = Prisma.sql`CASE ca."editorLabel" ${Prisma.join(
  LABELS.map((label) => Prisma.sql`WHEN ${label} THEN ${LABEL_SEVERITY[label]}`),
  " ",
)} END`;

/**
 * Per story: how many derivative sentences carry each label — the editor's verdict where one was
 * given (the most severe, when a sentence's claims got several), the machine's otherwise — plus the
 * reference statements derivatives omitted. Grouped SQL aggregates whatever the stories' size: the
 * machine counts come from the sentence index, then the few edited sentences move to their verdict.
 */
export async function getStoryLabelTotals(db: Db = defaultDb): Promise<Map<string, LabelTotals>> {
  const [sentences, edited, omissions] = await Promise.all([
    db.$queryRaw<{ storyId: string; label: Label; n: number | bigint }[]>`
      SELECT a."storyId", x."label", SUM(x.n) AS n
      FROM (SELECT "articleId", "label", COUNT(*) AS n FROM "Sentence" WHERE "label" IS NOT NULL GROUP BY "articleId", "label") x
      JOIN "Article" a ON a."id" = x."articleId"
      GROUP BY a."storyId", x."label"`,
    db.$queryRaw<{ storyId: string; machineLabel: Label; severity: number | bigint }[]>`
      SELECT a."storyId", s."label" AS "machineLabel", MAX(${editorSeveritySql}) AS "severity"
      FROM "ClaimAppearance" ca JOIN "Sentence" s ON s."id" = ca."sentenceId" JOIN "Article" a ON a."id" = s."articleId"
      WHERE ca."editorLabel" IS NOT NULL AND ca."isStale" = 0 AND s."label" IS NOT NULL
      GROUP BY ca."sentenceId"`,
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
  for (const row of edited) {
    const verdict = LABEL_AT_SEVERITY.get(Number(row.severity));
    if (!verdict || !LABELS.includes(row.machineLabel)) continue;
    const entry = totalsOf(row.storyId);
    entry[row.machineLabel] -= 1;
    entry[verdict] += 1;
  }
  for (const row of omissions) totalsOf(row.storyId).omitted += Number(row.n);
  return totals;
}
