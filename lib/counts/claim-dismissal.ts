import { Prisma } from "@/lib/generated/prisma/client";
import { liveRowSql } from "./stage-story";

/**
 * The one dismissal rule ("not a claim"), applied by every place that shows or counts claims — the
 * matrix (and the scorecard tallied from it), the sentence totals, the claims list, the review
 * queue and the story export every format is rendered from:
 * a claim is dismissed when an editor dismissed it or the statement it is a detail of (a
 * dismissed statement takes its details with it). Dismissed claims, and every wording of them,
 * are left out as if the analysis had not produced them; restoring deletes the dismissal and
 * brings them back unchanged (verdicts and notes are kept meanwhile).
 */
export function isClaimDismissed(claim: { id: string; parentId: string | null }, dismissedIds: ReadonlySet<string>): boolean {
  return dismissedIds.has(claim.id) || (claim.parentId !== null && dismissedIds.has(claim.parentId));
}

/** The rule as SQL: true for a claim row `alias` (e.g. `c`) that is not dismissed. */
export function liveClaimSql(alias: string): Prisma.Sql {
  if (!/^[a-z]+$/.test(alias)) throw new Error(`not a table alias: ${alias}`);
  return Prisma.raw(`NOT EXISTS (SELECT 1 FROM "ClaimDismissal" x WHERE x."claimId" = ${alias}."id" OR x."claimId" = ${alias}."parentId")`);
}

/**
 * The rule for sentences, as SQL on a Sentence row `alias` whose article is joined as
 * `articleAlias`: true when the sentence carries claims and every one of them is dismissed — it
 * was noise, so it is not counted and shows no label (the reader, the home page's totals). A
 * sentence that still carries one live claim counts as before. Only the story's own appearances
 * count (lib/counts/stage-story.ts): rows under a stage story neither make nor spare a sentence.
 */
export function dismissedSentenceSql(alias: string, articleAlias: string): Prisma.Sql {
  if (!/^[a-z]+$/.test(alias)) throw new Error(`not a table alias: ${alias}`);
  const onSentence = Prisma.sql`FROM "ClaimAppearance" d JOIN "Claim" dc ON dc."id" = d."claimId"
    WHERE d."sentenceId" = ${Prisma.raw(alias)}."id" AND d."isStale" = FALSE AND ${liveRowSql("dc", articleAlias)}`;
  return Prisma.sql`(EXISTS (SELECT 1 ${onSentence}) AND NOT EXISTS (SELECT 1 ${onSentence} AND ${liveClaimSql("dc")}))`;
}

/** The rule as a Prisma filter on Claim. */
export const liveClaimWhere = {
  dismissal: { is: null },
  NOT: { parent: { is: { dismissal: { isNot: null } } } },
} satisfies Prisma.ClaimWhereInput;
