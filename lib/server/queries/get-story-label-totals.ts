import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { labelAtSeverity, labelSeveritySql } from "@/lib/counts/label-severity-sql";
import { LABELS, type Label } from "@/lib/labels";
import { dismissedSentenceSql, liveClaimSql } from "@/lib/counts/claim-dismissal";
import { liveRowSql, liveStorySql } from "@/lib/counts/stage-story";

export type LabelTotals = Record<Label, number>;

const editorSeveritySql = labelSeveritySql(Prisma.sql`ca."editorLabel"`);

/**
 * Per story: how many derivative sentences carry each label (COUNT_UNITS.sentences) — by the rule
 * of lib/counts/sentence-label.ts, the article reader's: none when every claim in the sentence is
 * dismissed, the most severe editor verdict on anything in the sentence, the machine's label
 * otherwise — plus the
 * reference statements derivatives omitted. Grouped SQL aggregates whatever the stories' size: the
 * machine counts come from the sentence index, then the few edited sentences move to their verdict.
 * Rows under a stage story (lib/counts/stage-story.ts) count nowhere.
 */
export async function getStoryLabelTotals(db: Db = defaultDb): Promise<Map<string, LabelTotals>> {
  const [sentences, edited, omissions, dismissed] = await Promise.all([
    db.$queryRaw<{ storyId: string; label: Label; n: number | bigint }[]>`
      SELECT a."storyId", x."label", SUM(x.n) AS n
      FROM (SELECT "articleId", "label", COUNT(*) AS n FROM "Sentence" WHERE "label" IS NOT NULL GROUP BY "articleId", "label") x
      JOIN "Article" a ON a."id" = x."articleId"
      GROUP BY a."storyId", x."label"`,
    db.$queryRaw<{ storyId: string; machineLabel: Label; severity: number | bigint }[]>`
      SELECT a."storyId", s."label" AS "machineLabel", MAX(${editorSeveritySql}) AS "severity"
      FROM "ClaimAppearance" ca JOIN "Claim" c ON c."id" = ca."claimId" JOIN "Sentence" s ON s."id" = ca."sentenceId" JOIN "Article" a ON a."id" = s."articleId"
      WHERE ca."editorLabel" IS NOT NULL AND ca."isStale" = FALSE AND ${liveRowSql("c", "a")} AND ${liveClaimSql("c")} AND s."label" IS NOT NULL
      GROUP BY ca."sentenceId", a."storyId", s."label"`,
    db.$queryRaw<{ storyId: string; n: number | bigint }[]>`
      SELECT c."storyId", COUNT(*) AS n
      FROM "Omission" o JOIN "Claim" c ON c."id" = o."claimId" JOIN "Story" st ON st."id" = c."storyId"
      WHERE c."kind" = 'statement' AND ${liveStorySql("st")} AND ${liveClaimSql("c")}
      GROUP BY c."storyId"`,
    // Sentences whose every claim is dismissed leave the totals; read from the (few) dismissals out.
    // With none at all it is not run: SQLite's planner then scans every appearance instead (0.5 s
    // of this function's 0.6 s at 1,000 articles and 143k appearances, for an empty result).
    hasDismissals(db).then((isAny) => (isAny ? readDismissedSentences(db) : [])),
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
    const verdict = labelAtSeverity(row.severity);
    if (!verdict || !LABELS.includes(row.machineLabel)) continue;
    const entry = totalsOf(row.storyId);
    entry[row.machineLabel] -= 1;
    entry[verdict] += 1;
  }
  for (const row of omissions) totalsOf(row.storyId).omitted += Number(row.n);
  for (const row of dismissed) if (LABELS.includes(row.label)) totalsOf(row.storyId)[row.label] -= Number(row.n);
  return totals;
}

async function hasDismissals(db: Db): Promise<boolean> {
  return (await db.claimDismissal.findFirst({ select: { claimId: true } })) !== null;
}

function readDismissedSentences(db: Db) {
  return db.$queryRaw<{ storyId: string; label: Label; n: number | bigint }[]>`
      SELECT a."storyId", s."label", COUNT(DISTINCT s."id") AS n
      FROM "ClaimDismissal" x JOIN "Claim" c ON c."id" = x."claimId" OR c."parentId" = x."claimId"
      JOIN "ClaimAppearance" ca ON ca."claimId" = c."id" AND ca."isStale" = FALSE
      JOIN "Sentence" s ON s."id" = ca."sentenceId" JOIN "Article" a ON a."id" = s."articleId"
      WHERE s."label" IS NOT NULL AND ${liveRowSql("c", "a")} AND ${dismissedSentenceSql("s", "a")}
      GROUP BY a."storyId", s."label"`;
}
