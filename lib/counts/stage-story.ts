import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The one rule for stage stories (Story.stagedForId set): the rows a re-analysis writes ahead of
 * its switch, and the retired rows it deletes after, live under a stage story of their own, and no
 * reader and no editor action sees them. A stage story has no articles of its own: its claims'
 * appearances and omissions point at the real story's articles. So:
 * - a story is live when it is not a stage story (`LIVE_STORY`, `liveStorySql`);
 * - a claim is live when its story is (`LIVE_CLAIM`);
 * - an appearance or omission is live when its claim belongs to its article's story
 *   (`liveRowSql`): a query that already joins both pays one comparison, not another join.
 * Reaching a real story's claims through `storyId` is live by construction.
 */
export const LIVE_STORY = { stagedForId: null } satisfies Prisma.StoryWhereInput;

/** A claim of a live story (for lookups by claim id). */
export const LIVE_CLAIM = { story: LIVE_STORY } satisfies Prisma.ClaimWhereInput;

/** An appearance or omission whose claim is live (for lookups by appearance id or by article). */
export const LIVE_CLAIM_ROW = { claim: LIVE_CLAIM } satisfies Prisma.ClaimAppearanceWhereInput & Prisma.OmissionWhereInput;

const ALIAS = /^[a-z]+$/;

function checkAlias(alias: string): string {
  if (!ALIAS.test(alias)) throw new Error(`not a table alias: ${alias}`);
  return alias;
}

/**
 * The ids of every claim under a stage story, as SQL text for `"claimId" NOT IN (…)`: for reads by
 * article that join no claim (the analysis writers' diff). Usually there are none, and SQLite and
 * PostgreSQL evaluate the subquery once.
 */
export const STAGED_CLAIM_IDS_SQL = `SELECT sc."id" FROM "Claim" sc JOIN "Story" ss ON ss."id" = sc."storyId" WHERE ss."stagedForId" IS NOT NULL`;

/** The rule as SQL on a Story row `alias` (e.g. `s`). */
export function liveStorySql(alias: string): Prisma.Sql {
  return Prisma.raw(`${checkAlias(alias)}."stagedForId" IS NULL`);
}

/**
 * The rule as SQL on an appearance or omission: `claimAlias` is its claim's row and
 * `articleAlias` its article's row, both already joined (`c."storyId" = a."storyId"`).
 */
export function liveRowSql(claimAlias: string, articleAlias: string): Prisma.Sql {
  return Prisma.raw(`${checkAlias(claimAlias)}."storyId" = ${checkAlias(articleAlias)}."storyId"`);
}
