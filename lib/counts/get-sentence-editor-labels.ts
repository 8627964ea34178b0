import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Label } from "@/lib/labels";
import { dismissedSentenceSql, liveClaimSql } from "./claim-dismissal";
import { liveRowSql } from "./stage-story";

/** What sentenceLabelInForce() needs beyond a sentence's machine label, for one article's sentences. */
export interface SentenceEditorLabels {
  /** The editors' verdicts on live appearances (statements, their details, new material), by sentence id. */
  labels: Map<string, Label[]>;
  /** Sentences whose every claim is dismissed (claim-dismissal.ts): counted nowhere. */
  dismissed: Set<string>;
}

/**
 * The editors' verdicts and the dismissed sentences of one article. Two indexed reads; rows under
 * a stage story (lib/counts/stage-story.ts) are not the article's and are left out.
 */
export async function getSentenceEditorLabels(db: Db, articleId: string): Promise<SentenceEditorLabels> {
  const [rows, dismissed] = await Promise.all([
    db.$queryRaw<{ sentenceId: string; editorLabel: Label }[]>`
      SELECT ca."sentenceId", ca."editorLabel" FROM "ClaimAppearance" ca
      JOIN "Claim" c ON c."id" = ca."claimId" JOIN "Article" a ON a."id" = ca."articleId"
      WHERE ca."articleId" = ${articleId} AND ca."sentenceId" IS NOT NULL AND ca."editorLabel" IS NOT NULL AND ca."isStale" = FALSE
        AND ${liveRowSql("c", "a")} AND ${liveClaimSql("c")}`,
    db.$queryRaw<{ id: string }[]>(
      Prisma.sql`SELECT s."id" FROM "Sentence" s JOIN "Article" a ON a."id" = s."articleId" WHERE s."articleId" = ${articleId} AND s."label" IS NOT NULL AND ${dismissedSentenceSql("s", "a")}`,
    ),
  ]);
  const labels = new Map<string, Label[]>();
  for (const row of rows) labels.set(row.sentenceId, [...(labels.get(row.sentenceId) ?? []), row.editorLabel]);
  return { labels, dismissed: new Set(dismissed.map((row) => row.id)) };
}
