import { SIGN_IN_LIMIT_TABLE } from "@/lib/auth/sign-in-limit-table";
import type { Db } from "@/lib/db";
import type { BootstrapSearchResult } from "./bootstrap-search";

/**
 * Full-text search on PostgreSQL, the counterpart of the FTS5 index (bootstrap-search.ts) and,
 * like it, created by an idempotent step after `prisma migrate deploy`, so Prisma's migrations and
 * drift check never see it:
 * - `claimtrail_search_text(text)`: the text as FTS5's unicode61 tokenizer with remove_diacritics
 *   sees it — accents stripped (NFD, then the combining marks removed), lower case, and every run of
 *   characters other than letters and digits a word break ("60,000" → "60 000", "al-Ahram" →
 *   "al ahram", "1.5m" → "1 5m"). PostgreSQL's own parser would keep "1.5" or "al-ahram" as one
 *   token and the search syntax (lib/search/parse-search-query.ts) would no longer match the same
 *   claims on both databases.
 * - a generated `searchVector` tsvector column ('simple' configuration: no stemming, no stop words,
 *   as FTS5) on "Claim" and "ClaimAppearance", each with a GIN index; being generated, the column
 *   follows every write without triggers, inside the writer's own transaction.
 * - pg_trgm and a trigram GIN index on the claims' wording, for fuzzy and infix matching.
 * It also creates the change notifications the page cache listens to (createChangeTriggers).
 */

// The Unicode blocks of combining marks (U+0300–036F and the supplements/extended blocks), the
// marks FTS5's remove_diacritics 2 drops after decomposition.
const MARKS = "[\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f]";

const SEARCH_TEXT_FUNCTION = `CREATE OR REPLACE FUNCTION claimtrail_search_text(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN lower(regexp_replace(regexp_replace(normalize(input, NFD), '${MARKS}', '', 'g'), '[^[:alnum:]]+', ' ', 'g'))`;

const SEARCHED_TABLES = ["Claim", "ClaimAppearance"] as const;

/** The channel the change triggers notify and every instance's page cache listens on (lib/http/data-version.ts). */
export const CHANGES_CHANNEL = "claimtrail_changes";

/** Creates what is missing; reports a rebuild when a search column had to be added (and so computed for every row). */
export async function bootstrapPostgresSearch(db: Db): Promise<BootstrapSearchResult> {
  await db.$executeRawUnsafe(SEARCH_TEXT_FUNCTION);
  const existing = await db.$queryRawUnsafe<{ table: string }[]>(
    `SELECT table_name::text AS "table" FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'searchVector'`,
  );
  const present = new Set(existing.map((row) => row.table));
  const isRebuilt = SEARCHED_TABLES.some((table) => !present.has(table));
  for (const table of SEARCHED_TABLES) {
    await db.$executeRawUnsafe(
      `ALTER TABLE "${table}" ADD COLUMN IF NOT EXISTS "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, claimtrail_search_text("text"))) STORED`,
    );
    await db.$executeRawUnsafe(`CREATE INDEX IF NOT EXISTS "${table}_searchVector_idx" ON "${table}" USING gin ("searchVector")`);
  }
  await db.$executeRawUnsafe(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
  await db.$executeRawUnsafe(`CREATE INDEX IF NOT EXISTS "Claim_text_trgm_idx" ON "Claim" USING gin ("text" gin_trgm_ops)`);
  await createChangeTriggers(db);
  const [counts] = await db.$queryRawUnsafe<{ indexed: bigint | number }[]>(`SELECT (SELECT count(*) FROM "Claim") + (SELECT count(*) FROM "ClaimAppearance") AS indexed`);
  return { isRebuilt, indexed: Number(counts?.indexed ?? 0) };
}

/**
 * Every table of the app notifies CHANGES_CHANNEL once per writing statement, delivered on commit
 * (PostgreSQL folds identical notifications of one transaction into one): the page cache of every
 * instance listens (lib/http/data-version.ts), as `PRAGMA data_version` tells SQLite's. Tables a
 * later migration adds get theirs at the next start (this runs on every start). The sign-in
 * counters are not page data: a flood of wrong passwords must not empty every cache.
 */
async function createChangeTriggers(db: Db): Promise<void> {
  await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION claimtrail_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM pg_notify('${CHANGES_CHANNEL}', ''); RETURN NULL; END $$`);
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', $1)`,
    SIGN_IN_LIMIT_TABLE,
  );
  for (const { name } of tables) {
    const table = name.replaceAll('"', '""');
    await db.$executeRawUnsafe(
      `CREATE OR REPLACE TRIGGER "${table}_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION claimtrail_notify_change()`,
    );
  }
}
