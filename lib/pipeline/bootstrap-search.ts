import { dialectOf, type Db } from "@/lib/db";
import { bootstrapPostgresSearch } from "./bootstrap-postgres-search";

/**
 * Full-text search over claims, kept beside Prisma rather than inside it: Prisma's schema cannot
 * describe an FTS5 virtual table, and one created in a migration shows up as drift (its shadow
 * tables get DROP lines in every diff). So this idempotent step runs after `prisma migrate deploy`.
 *
 * Layout (all names start with "ClaimSearch" or "AppearanceSearch"):
 * - "ClaimSearchKey": one row per indexed text, mapping a Claim or ClaimAppearance id to the FTS
 *   rowid. A claim's key is `ordinal << 20`; its appearances take the next free ids in the block
 *   `ordinal << 20 | 1 … 2^20 - 1`. So `rowid >> 20` names the claim without a join, which is what
 *   keeps "every claim any outlet's wording matches" cheap (grouping 50k hits costs a few ms,
 *   joining them row by row costs tens).
 * - "ClaimSearch": the claims' own wording, ranked with bm25 (small: one row per claim).
 * - "AppearanceSearch": every appearance's wording (large: ~100k rows for a 50-outlet story),
 *   only grouped by claim, never ranked row by row.
 * Both FTS tables are contentless (the text stays in Claim / ClaimAppearance) with
 * contentless_delete, so triggers can delete by rowid. Triggers on "Claim" and "ClaimAppearance"
 * keep everything in sync inside the writer's own transaction.
 */

/** Bits of the FTS rowid that number a claim's appearances; the rest is the claim's ordinal. */
export const SEARCH_BLOCK_BITS = 20;
const BLOCK = 2 ** SEARCH_BLOCK_BITS;

// unicode61 + remove_diacritics 2: "Aliyev" finds "Alíyev", case-insensitively. Prefix indexes
// for 2- and 3-character prefixes keep search-as-you-type ("Li*") from scanning the term list.
const FTS_OPTIONS = `content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'`;

const TABLES = [
  `CREATE TABLE IF NOT EXISTS "ClaimSearchKey" (
    "id" INTEGER PRIMARY KEY,
    "sourceId" TEXT NOT NULL UNIQUE,
    "claimId" TEXT NOT NULL
  )`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS "ClaimSearch" USING fts5(text, ${FTS_OPTIONS})`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS "AppearanceSearch" USING fts5(text, ${FTS_OPTIONS})`,
];

/**
 * The key of a new appearance: the next free id in its claim's block. ORDER BY … DESC LIMIT 1
 * seeks to the block's end; max() over a rowid range would visit every row of the block.
 */
const ADD_APPEARANCE = `
  INSERT INTO "ClaimSearchKey" ("id", "sourceId", "claimId")
  SELECT coalesce((SELECT k2."id" FROM "ClaimSearchKey" k2 WHERE k2."id" BETWEEN k."id" AND k."id" + ${BLOCK - 1} ORDER BY k2."id" DESC LIMIT 1), k."id") + 1,
         new."id", new."claimId"
  FROM "ClaimSearchKey" k WHERE k."sourceId" = new."claimId";
  INSERT INTO "AppearanceSearch" (rowid, text) SELECT "id", new."text" FROM "ClaimSearchKey" WHERE "sourceId" = new."id";`;

const REMOVE_APPEARANCE = `
  DELETE FROM "AppearanceSearch" WHERE rowid = (SELECT "id" FROM "ClaimSearchKey" WHERE "sourceId" = old."id");
  DELETE FROM "ClaimSearchKey" WHERE "sourceId" = old."id";`;

/**
 * Updates fire only when the wording really changes: every analysis run rewrites each claim row
 * with the same text, which must not churn the index. A deleted claim's appearances go through
 * their own delete trigger (the foreign key cascade fires it).
 */
const TRIGGERS = [
  `CREATE TRIGGER IF NOT EXISTS "Claim_search_ai" AFTER INSERT ON "Claim" BEGIN
    INSERT INTO "ClaimSearchKey" ("id", "sourceId", "claimId")
    VALUES (((coalesce((SELECT max("id") FROM "ClaimSearchKey"), 0) >> ${SEARCH_BLOCK_BITS}) + 1) << ${SEARCH_BLOCK_BITS}, new."id", new."id");
    INSERT INTO "ClaimSearch" (rowid, text) SELECT "id", new."text" FROM "ClaimSearchKey" WHERE "sourceId" = new."id";
  END`,
  `CREATE TRIGGER IF NOT EXISTS "Claim_search_au" AFTER UPDATE OF "text" ON "Claim" WHEN new."text" IS NOT old."text" BEGIN
    DELETE FROM "ClaimSearch" WHERE rowid = (SELECT "id" FROM "ClaimSearchKey" WHERE "sourceId" = old."id");
    INSERT INTO "ClaimSearch" (rowid, text) SELECT "id", new."text" FROM "ClaimSearchKey" WHERE "sourceId" = old."id";
  END`,
  `CREATE TRIGGER IF NOT EXISTS "Claim_search_ad" AFTER DELETE ON "Claim" BEGIN
    DELETE FROM "ClaimSearch" WHERE rowid = (SELECT "id" FROM "ClaimSearchKey" WHERE "sourceId" = old."id");
    DELETE FROM "ClaimSearchKey" WHERE "sourceId" = old."id";
  END`,
  `CREATE TRIGGER IF NOT EXISTS "ClaimAppearance_search_ai" AFTER INSERT ON "ClaimAppearance" BEGIN
    ${ADD_APPEARANCE}
  END`,
  `CREATE TRIGGER IF NOT EXISTS "ClaimAppearance_search_au" AFTER UPDATE OF "text", "claimId" ON "ClaimAppearance"
    WHEN new."text" IS NOT old."text" OR new."claimId" IS NOT old."claimId" BEGIN
    ${REMOVE_APPEARANCE}
    ${ADD_APPEARANCE}
  END`,
  `CREATE TRIGGER IF NOT EXISTS "ClaimAppearance_search_ad" AFTER DELETE ON "ClaimAppearance" BEGIN
    ${REMOVE_APPEARANCE}
  END`,
];

export interface BootstrapSearchResult {
  /** Whether the index was (re)built from Claim and ClaimAppearance. */
  isRebuilt: boolean;
  /** Texts in the index afterwards (claims + appearances). */
  indexed: number;
}

/**
 * Creates the search tables and triggers if missing, and rebuilds the index when its keys do not
 * account for every claim and appearance (a database written before the triggers existed, e.g.
 * seeded by an older build or by a script that skipped this step). Safe to run on every start:
 * an index in sync costs three counts and no writes. On PostgreSQL: a tsvector column and GIN
 * indexes instead (bootstrap-postgres-search.ts).
 */
export async function bootstrapSearch(db: Db): Promise<BootstrapSearchResult> {
  if (dialectOf(db) === "postgresql") return bootstrapPostgresSearch(db);
  for (const statement of TABLES) await db.$executeRawUnsafe(statement);
  const [counts] = await db.$queryRawUnsafe<{ indexed: bigint | number; expected: bigint | number }[]>(
    `SELECT (SELECT count(*) FROM "ClaimSearchKey") AS indexed,
            (SELECT count(*) FROM "Claim") + (SELECT count(*) FROM "ClaimAppearance") AS expected`,
  );
  const expected = Number(counts?.expected ?? 0);
  const isRebuilt = Number(counts?.indexed ?? 0) !== expected;
  if (isRebuilt) await rebuildSearchIndex(db);
  for (const statement of TRIGGERS) await db.$executeRawUnsafe(statement);
  return { isRebuilt, indexed: expected };
}

/** Rewrites every key and index row in one transaction, in bulk rather than row by row. */
async function rebuildSearchIndex(db: Db): Promise<void> {
  await db.$transaction([
    db.$executeRawUnsafe(`DELETE FROM "ClaimSearchKey"`),
    db.$executeRawUnsafe(`INSERT INTO "ClaimSearch" ("ClaimSearch") VALUES ('delete-all')`),
    db.$executeRawUnsafe(`INSERT INTO "AppearanceSearch" ("AppearanceSearch") VALUES ('delete-all')`),
    db.$executeRawUnsafe(
      `INSERT INTO "ClaimSearchKey" ("id", "sourceId", "claimId")
       SELECT row_number() OVER (ORDER BY "storyId", "position", "id") << ${SEARCH_BLOCK_BITS}, "id", "id" FROM "Claim"`,
    ),
    db.$executeRawUnsafe(
      `INSERT INTO "ClaimSearchKey" ("id", "sourceId", "claimId")
       SELECT k."id" + row_number() OVER (PARTITION BY a."claimId" ORDER BY a."articleId", a."start", a."id"), a."id", a."claimId"
       FROM "ClaimAppearance" a JOIN "ClaimSearchKey" k ON k."sourceId" = a."claimId"`,
    ),
    db.$executeRawUnsafe(`INSERT INTO "ClaimSearch" (rowid, text) SELECT k."id", c."text" FROM "ClaimSearchKey" k JOIN "Claim" c ON c."id" = k."sourceId"`),
    db.$executeRawUnsafe(
      `INSERT INTO "AppearanceSearch" (rowid, text) SELECT k."id", a."text" FROM "ClaimSearchKey" k JOIN "ClaimAppearance" a ON a."id" = k."sourceId"`,
    ),
  ]);
}
