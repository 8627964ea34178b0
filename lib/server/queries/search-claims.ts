import "server-only";
import { db as appDb, dialectOf, type Db } from "@/lib/db";
import type { DbDialect } from "@/lib/db-dialect";
import { Prisma } from "@/lib/generated/prisma/client";
import { labelSeveritySql } from "@/lib/counts/label-severity-sql";
import { publishedStorySql } from "@/lib/pipeline/story-drafts";
import { LABEL_SEVERITY, LABELS, type Label } from "@/lib/labels";
import { SEARCH_BLOCK_BITS } from "@/lib/pipeline/bootstrap-search";
import { isEmptySearchQuery, parseSearchQuery, type SearchHighlight, type SearchPhrase, type SearchQuery } from "@/lib/search/parse-search-query";
import { toTsQuery, toTsQueryAny } from "@/lib/search/to-tsquery";
import type { ClaimSort, ClaimsSearch } from "@/lib/validation/claims-search";
import { liveClaimSql } from "@/lib/counts/claim-dismissal";
import { LIVE_CLAIM, liveStorySql } from "@/lib/counts/stage-story";

/** Results per page of /claims. */
export const CLAIMS_PAGE_SIZE = 25;
/** Outlets named per result; a claim 40 outlets carry reads better as "40 outlets" than as a paragraph of names. */
export const MAX_OUTLET_NAMES = 5;

// A label's severity as SQL, built once in lib/counts/label-severity-sql.ts.
const SEVERITY_OF = (label: Prisma.Sql) => labelSeveritySql(label);
const EFFECTIVE_LABEL = Prisma.sql`coalesce(ca."editorLabel", ca."machineLabel")`;
const LABEL_AT_SEVERITY = new Map(LABELS.map((label) => [LABEL_SEVERITY[label], label]));

export interface ClaimSearchResult {
  id: string;
  text: string;
  kind: "statement" | "detail";
  detailType: string | null;
  isNew: boolean;
  isStale: boolean;
  story: { slug: string; title: string };
  /** How the derivative outlets treat it: per label, how many outlets (their most severe label). */
  labelCounts: { label: Label; count: number }[];
  /** Derivative outlets carrying it. */
  outletCount: number;
  /** Their names, in alphabetical order (at most MAX_OUTLET_NAMES; outletCount says how many in all). */
  outletNames: string[];
  /** Set when the search matched an outlet's wording but not the claim's own. */
  matchedWording: { text: string; outlet: string } | null;
}

export interface SearchClaimsResult {
  results: ClaimSearchResult[];
  total: number;
  page: number;
  pageCount: number;
  /** The normalised words searched for (empty without a search), for highlighting. */
  highlights: SearchHighlight[];
  /** Whether the search box held anything searchable (words to find or to leave out). */
  isSearch: boolean;
  /** The sort in force (relevance falls back to reference order when there is nothing to rank). */
  sort: ClaimSort;
  /** Whether the database holds any claim at all (tells "nothing yet" from "nothing matches"). */
  hasClaims: boolean;
  /** With the default kind (changed statements and new material): how many claims every kind would give. */
  totalAllKinds: number | null;
  facets: { stories: { slug: string; title: string }[]; outlets: { id: string; name: string }[] };
}

interface ClaimRow {
  id: string;
  text: string;
  kind: "statement" | "detail";
  detailType: string | null;
  isNew: number | bigint;
  isStale: number | bigint;
  slug: string;
  title: string;
  /** The key of a matching appearance: its index rowid on SQLite, its id on PostgreSQL. */
  bestWording: number | bigint | string | null;
  isClaimMatch: number | bigint | null;
  total: number | bigint;
}

/**
 * One page of claims for /claims: full-text search (FTS5, bm25 over the claims' own wording, then
 * claims only an outlet's wording matches), filters on story, outlet, effective label, review state
 * and kind, four sorts, and per-result label counts. Aggregates run in SQL and only for the page.
 */
export async function searchClaims(search: ClaimsSearch, db: Db = appDb): Promise<SearchClaimsResult> {
  const query = parseSearchQuery(search.q);
  const dialect = dialectOf(db);
  const hasHits = query.groups.length > 0;
  const sort: ClaimSort = search.sort === "relevance" && !hasHits ? "reference" : search.sort;
  const offset = (search.page - 1) * CLAIMS_PAGE_SIZE;
  const rows = await db.$queryRaw<ClaimRow[]>`
    ${searchCte(query, dialect)}
    SELECT c."id", c."text", c."kind", c."detailType", c."isNew", c."isStale", s."slug", s."title",
      ${hasHits ? Prisma.sql`hits.bestWording AS "bestWording", hits.claimScore IS NOT NULL AS "isClaimMatch"` : Prisma.sql`NULL AS "bestWording", NULL AS "isClaimMatch"`},
      count(*) OVER () AS total
    ${fromClause(query, dialect)}
    WHERE ${publishedStorySql} AND ${whereClause(search, query, dialect)}
    ORDER BY ${orderBy(sort)}
    LIMIT ${CLAIMS_PAGE_SIZE} OFFSET ${offset}`;
  // The total rides on every row; an empty page past the end needs it asked separately.
  const total = rows[0] ? Number(rows[0].total) : search.page > 1 ? await countClaims(db, search, query) : 0;
  const [labelCounts, wordings, facets, hasClaims, outletNames, totalAllKinds] = await Promise.all([
    countLabels(db, rows.map((row) => row.id)),
    findWordings(db, rows.flatMap((row) => (row.bestWording !== null && !Number(row.isClaimMatch) ? [String(row.bestWording)] : []))),
    listFacets(db, search.story),
    total > 0 ? true : db.claim.count({ where: LIVE_CLAIM, take: 1 }).then((count) => count > 0),
    listOutletNames(db, rows.map((row) => row.id)),
    search.kind === "changed" ? countClaims(db, { ...search, kind: "all" }, query) : Promise.resolve(null),
  ]);
  return {
    results: rows.map((row) => ({
      id: row.id,
      text: row.text,
      kind: row.kind,
      detailType: row.detailType,
      isNew: Boolean(Number(row.isNew)),
      isStale: Boolean(Number(row.isStale)),
      story: { slug: row.slug, title: row.title },
      labelCounts: labelCounts.get(row.id)?.counts ?? [],
      outletCount: labelCounts.get(row.id)?.outlets ?? 0,
      outletNames: outletNames.get(row.id) ?? [],
      matchedWording: row.bestWording !== null && !Number(row.isClaimMatch) ? (wordings.get(String(row.bestWording)) ?? null) : null,
    })),
    total,
    page: search.page,
    pageCount: Math.max(1, Math.ceil(total / CLAIMS_PAGE_SIZE)),
    highlights: query.highlights,
    isSearch: !isEmptySearchQuery(query),
    sort,
    hasClaims,
    totalAllKinds,
    facets,
  };
}

/** Per claim, the names of the derivative outlets carrying it (alphabetical, at most MAX_OUTLET_NAMES). */
async function listOutletNames(db: Db, claimIds: string[]): Promise<Map<string, string[]>> {
  if (claimIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ claimId: string; name: string }[]>`
    SELECT DISTINCT ca."claimId", o."name"
    FROM "ClaimAppearance" ca JOIN "Claim" c ON c."id" = ca."claimId" JOIN "Story" s ON s."id" = c."storyId"
    JOIN "Article" a ON a."id" = ca."articleId" JOIN "Outlet" o ON o."id" = a."outletId"
    WHERE ca."claimId" IN (${Prisma.join(claimIds)}) AND ca."articleId" IS DISTINCT FROM s."referenceArticleId"
    ORDER BY ca."claimId", o."name"`;
  const names = new Map<string, string[]>();
  for (const row of rows) {
    const list = names.get(row.claimId) ?? [];
    if (list.length < MAX_OUTLET_NAMES) list.push(row.name);
    names.set(row.claimId, list);
  }
  return names;
}

/**
 * A phrase in FTS5 syntax: its words quoted as one string (FTS5 matches them adjacent, in order),
 * with `*` when the last word may be a beginning. The words hold only letters, digits and marks
 * (the parser keeps nothing else); doubling quotes is a second guard.
 */
function toFtsPhrase(phrase: SearchPhrase): string {
  return `"${phrase.words.join(" ").replaceAll('"', '""')}"${phrase.isPrefix ? "*" : ""}`;
}

const toFtsAny = (phrases: SearchPhrase[]) => (phrases.length === 1 ? toFtsPhrase(phrases[0]!) : `(${phrases.map(toFtsPhrase).join(" OR ")})`);

/**
 * The FTS5 expression a text must match: every group (AND), each any of its phrases (OR), and
 * none of the excluded phrases (NOT). Null without groups: FTS5 has no "everything but".
 */
function toFtsMatch(query: SearchQuery): string | null {
  if (query.groups.length === 0) return null;
  const wanted = query.groups.map(toFtsAny).join(" AND ");
  return query.excluded.length > 0 ? `(${wanted}) NOT ${toFtsAny(query.excluded)}` : wanted;
}

/**
 * The claims a search hits, one row each: `claimScore` is bm25 over the claim's own wording (null
 * when only outlets' wordings match), `wordings` how many appearances match, `bestWording` the key
 * of one of them. And the keys of claims whose own wording holds an excluded phrase: they are left
 * out even when an outlet's wording matched (a result never shows the word searched against).
 * PostgreSQL gives the same rows from its tsvector columns (postgresCte).
 */
function searchCte(query: SearchQuery, dialect: DbDialect): Prisma.Sql {
  if (dialect === "postgresql") return postgresCte(query);
  const match = toFtsMatch(query);
  const ctes: Prisma.Sql[] = [];
  if (match !== null) {
    ctes.push(Prisma.sql`
    claimHits AS MATERIALIZED (
      SELECT rowid >> ${SEARCH_BLOCK_BITS} AS ord, bm25("ClaimSearch") AS claimScore FROM "ClaimSearch" WHERE "ClaimSearch" MATCH ${match}
    ),
    wordingHits AS MATERIALIZED (
      SELECT rowid >> ${SEARCH_BLOCK_BITS} AS ord, count(*) AS wordings, min(rowid) AS bestWording
      FROM "AppearanceSearch" WHERE "AppearanceSearch" MATCH ${match} GROUP BY 1
    ),
    hits AS (
      SELECT ord, min(claimScore) AS claimScore, sum(wordings) AS wordings, max(bestWording) AS bestWording FROM (
        SELECT ord, claimScore, 0 AS wordings, NULL AS bestWording FROM claimHits
        UNION ALL SELECT ord, NULL, wordings, bestWording FROM wordingHits
      ) GROUP BY ord
    )`);
  }
  if (query.excluded.length > 0) {
    ctes.push(Prisma.sql`
    excludedKeys AS MATERIALIZED (SELECT rowid AS key FROM "ClaimSearch" WHERE "ClaimSearch" MATCH ${toFtsAny(query.excluded)})`);
  }
  return ctes.length > 0 ? Prisma.sql`WITH ${Prisma.join(ctes, ",")}` : Prisma.empty;
}

/**
 * searchCte on PostgreSQL (bootstrap-postgres-search.ts): the same hits from the GIN-indexed
 * "searchVector" columns, keyed by claim id. `claimScore` is minus ts_rank, so that lower is
 * better as with bm25 and the ORDER BY is shared; `bestWording` is an appearance id.
 */
function postgresCte(query: SearchQuery): Prisma.Sql {
  const match = toTsQuery(query);
  const ctes: Prisma.Sql[] = [];
  if (match !== null) {
    ctes.push(Prisma.sql`
    wanted AS (SELECT to_tsquery('simple', ${match}) AS q),
    claimHits AS MATERIALIZED (
      SELECT c."id" AS "claimId", -ts_rank(c."searchVector", wanted.q) AS claimScore FROM "Claim" c, wanted WHERE c."searchVector" @@ wanted.q
    ),
    wordingHits AS MATERIALIZED (
      SELECT a."claimId", count(*) AS wordings, min(a."id") AS bestWording FROM "ClaimAppearance" a, wanted WHERE a."searchVector" @@ wanted.q GROUP BY 1
    ),
    hits AS (
      SELECT "claimId", min(claimScore) AS claimScore, sum(wordings) AS wordings, max(bestWording) AS bestWording FROM (
        SELECT "claimId", claimScore, 0 AS wordings, NULL AS bestWording FROM claimHits
        UNION ALL SELECT "claimId", NULL, wordings, bestWording FROM wordingHits
      ) x GROUP BY "claimId"
    )`);
  }
  if (query.excluded.length > 0) {
    ctes.push(Prisma.sql`
    excludedKeys AS MATERIALIZED (SELECT c."id" AS key FROM "Claim" c WHERE c."searchVector" @@ to_tsquery('simple', ${toTsQueryAny(query.excluded)}))`);
  }
  return ctes.length > 0 ? Prisma.sql`WITH ${Prisma.join(ctes, ",")}` : Prisma.empty;
}

/** The claims to list: the hits when there are words to find, otherwise every claim. */
function fromClause(query: SearchQuery, dialect: DbDialect): Prisma.Sql {
  if (query.groups.length > 0 && dialect === "postgresql") {
    return Prisma.sql`FROM hits JOIN "Claim" c ON c."id" = hits."claimId" JOIN "Story" s ON s."id" = c."storyId"`;
  }
  return query.groups.length > 0
    ? Prisma.sql`FROM hits JOIN "ClaimSearchKey" hk ON hk."id" = hits.ord << ${SEARCH_BLOCK_BITS} JOIN "Claim" c ON c."id" = hk."sourceId" JOIN "Story" s ON s."id" = c."storyId"`
    : Prisma.sql`FROM "Claim" c JOIN "Story" s ON s."id" = c."storyId"`;
}

/**
 * A column kept out of SQLite's index choice with a unary plus (see the label filter below);
 * PostgreSQL has no unary plus for text or enums, and its planner needs no such hint.
 */
const unindexed = (column: string, dialect: DbDialect) => Prisma.raw(dialect === "sqlite" ? `+${column}` : column);

/** Filters on the claim, and on its appearances (one appearance must satisfy them all). */
function whereClause(search: ClaimsSearch, query: SearchQuery, dialect: DbDialect): Prisma.Sql {
  // Dismissed claims ("not a claim") are not listed: the one rule of lib/counts/claim-dismissal.ts;
  // nor a stage story's (lib/counts/stage-story.ts): their words match as the story's own would.
  const conditions: Prisma.Sql[] = [liveStorySql("s"), liveClaimSql("c")];
  if (query.excluded.length > 0) {
    conditions.push(
      dialect === "postgresql"
        ? Prisma.sql`c."id" NOT IN (SELECT key FROM excludedKeys)`
        : Prisma.sql`c."id" NOT IN (SELECT k."sourceId" FROM excludedKeys e JOIN "ClaimSearchKey" k ON k."id" = e.key)`,
    );
  }
  if (search.story) conditions.push(Prisma.sql`s."slug" = ${search.story}`);
  if (search.kind === "statement") conditions.push(Prisma.sql`c."kind" = 'statement'`);
  if (search.kind === "detail") conditions.push(Prisma.sql`c."kind" = 'detail' AND c."isNew" = FALSE`);
  if (search.kind === "new") conditions.push(Prisma.sql`c."isNew" = TRUE`);
  if (search.kind === "changed") {
    // Statements and new material some derivative outlet worded differently (any label but faithful).
    conditions.push(Prisma.sql`(c."kind" = 'statement' OR c."isNew" = TRUE) AND EXISTS (SELECT 1 FROM "ClaimAppearance" x WHERE x."claimId" = c."id"
      AND x."articleId" IS DISTINCT FROM s."referenceArticleId" AND coalesce(${unindexed('x."editorLabel"', dialect)}, ${unindexed('x."machineLabel"', dialect)}) <> 'faithful')`);
  }
  const byOutlet = search.outlet ? Prisma.sql`AND a."outletId" = ${search.outlet}` : Prisma.empty;
  const joinArticle = search.outlet ? Prisma.sql`JOIN "Article" a ON a."id" = x."articleId"` : Prisma.empty;
  if (search.label === "omitted") {
    // Omissions have no review state: the review filter does not apply to them.
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Omission" x ${joinArticle} WHERE x."claimId" = c."id" ${byOutlet})`);
  } else if (search.outlet || search.label || search.review !== "all") {
    const verdicts: Prisma.Sql[] = [];
    // A verdict is a derivative's: the reference's own appearances are its wording, not a verdict.
    if (search.label || search.review !== "all") verdicts.push(Prisma.sql`AND x."articleId" IS DISTINCT FROM s."referenceArticleId"`);
    // Unary + keeps SQLite on the claimId index: the label and isReviewed indexes would make it
    // scan every matching appearance of the database once per candidate claim.
    if (search.label) verdicts.push(Prisma.sql`AND coalesce(${unindexed('x."editorLabel"', dialect)}, ${unindexed('x."machineLabel"', dialect)}) = ${search.label}`);
    if (search.review !== "all") verdicts.push(Prisma.sql`AND ${unindexed('x."isReviewed"', dialect)} = ${search.review === "reviewed" ? Prisma.sql`TRUE` : Prisma.sql`FALSE`}`);
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ClaimAppearance" x ${joinArticle} WHERE x."claimId" = c."id" ${byOutlet} ${verdicts.length > 0 ? Prisma.join(verdicts, " ") : Prisma.empty})`);
  }
  return Prisma.join(conditions, " AND ");
}

const REFERENCE_ORDER = Prisma.sql`s."createdAt" DESC, s."id", c."position", c."id"`;
const MAX_SEVERITY = Prisma.sql`coalesce((SELECT max(${SEVERITY_OF(EFFECTIVE_LABEL)}) FROM "ClaimAppearance" ca
  WHERE ca."claimId" = c."id" AND ca."articleId" IS DISTINCT FROM s."referenceArticleId"), -1)`;
const OUTLETS = Prisma.sql`(SELECT count(DISTINCT ca."articleId") FROM "ClaimAppearance" ca WHERE ca."claimId" = c."id" AND ca."articleId" IS DISTINCT FROM s."referenceArticleId")`;

function orderBy(sort: ClaimSort): Prisma.Sql {
  switch (sort) {
    case "relevance":
      // Claims whose own wording matches first (bm25: lower is better), then those echoed by most outlets' wordings.
      return Prisma.sql`hits.claimScore IS NULL, hits.claimScore, hits.wordings DESC, ${REFERENCE_ORDER}`;
    case "severity":
      return Prisma.sql`${MAX_SEVERITY} DESC, ${OUTLETS} DESC, ${REFERENCE_ORDER}`;
    case "outlets":
      return Prisma.sql`${OUTLETS} DESC, ${MAX_SEVERITY} DESC, ${REFERENCE_ORDER}`;
    case "reference":
      return REFERENCE_ORDER;
  }
}

async function countClaims(db: Db, search: ClaimsSearch, query: SearchQuery): Promise<number> {
  const dialect = dialectOf(db);
  const [row] = await db.$queryRaw<{ total: bigint | number }[]>`
    ${searchCte(query, dialect)}
    SELECT count(*) AS total
    ${fromClause(query, dialect)}
    WHERE ${publishedStorySql} AND ${whereClause(search, query, dialect)}`;
  return Number(row?.total ?? 0);
}

/** Per claim: how many derivative outlets give each label (an outlet counts once, by its most severe label), and omissions. */
async function countLabels(db: Db, claimIds: string[]): Promise<Map<string, { counts: { label: Label; count: number }[]; outlets: number }>> {
  const result = new Map<string, { counts: { label: Label; count: number }[]; outlets: number }>();
  if (claimIds.length === 0) return result;
  const ids = Prisma.join(claimIds);
  const rows = await db.$queryRaw<{ claimId: string; severity: number | bigint | null; outlets: number | bigint; isOmission: number | bigint }[]>`
    SELECT x."claimId", x.severity, count(*) AS outlets, 0 AS "isOmission" FROM (
      SELECT ca."claimId", ca."articleId", max(${SEVERITY_OF(EFFECTIVE_LABEL)}) AS severity
      FROM "ClaimAppearance" ca JOIN "Claim" c ON c."id" = ca."claimId" JOIN "Story" s ON s."id" = c."storyId"
      WHERE ca."claimId" IN (${ids}) AND ca."articleId" IS DISTINCT FROM s."referenceArticleId"
      GROUP BY ca."claimId", ca."articleId"
    ) x GROUP BY x."claimId", x.severity
    UNION ALL
    SELECT o."claimId", ${LABEL_SEVERITY.omitted}, count(*), 1 FROM "Omission" o WHERE o."claimId" IN (${ids}) GROUP BY o."claimId"`;
  for (const row of rows) {
    const entry = result.get(row.claimId) ?? { counts: [], outlets: 0 };
    const count = Number(row.outlets);
    if (!Number(row.isOmission)) entry.outlets += count;
    const label = row.severity === null ? undefined : LABEL_AT_SEVERITY.get(Number(row.severity));
    if (label) {
      const existing = entry.counts.find((c) => c.label === label);
      if (existing) existing.count += count;
      else entry.counts.push({ label, count });
    }
    result.set(row.claimId, entry);
  }
  for (const entry of result.values()) entry.counts.sort((a, b) => LABELS.indexOf(a.label) - LABELS.indexOf(b.label));
  return result;
}

/** The wording and outlet behind each matched appearance key (a search index rowid on SQLite, an appearance id on PostgreSQL). */
async function findWordings(db: Db, keys: string[]): Promise<Map<string, { text: string; outlet: string }>> {
  if (keys.length === 0) return new Map();
  const rows =
    dialectOf(db) === "postgresql"
      ? await db.$queryRaw<{ key: string; text: string; outlet: string }[]>`
    SELECT ca."id" AS key, ca."text", o."name" AS outlet
    FROM "ClaimAppearance" ca JOIN "Article" a ON a."id" = ca."articleId" JOIN "Outlet" o ON o."id" = a."outletId"
    WHERE ca."id" IN (${Prisma.join(keys)})`
      : await db.$queryRaw<{ key: number | bigint; text: string; outlet: string }[]>`
    SELECT k."id" AS key, ca."text", o."name" AS outlet
    FROM "ClaimSearchKey" k JOIN "ClaimAppearance" ca ON ca."id" = k."sourceId"
    JOIN "Article" a ON a."id" = ca."articleId" JOIN "Outlet" o ON o."id" = a."outletId"
    WHERE k."id" IN (${Prisma.join(keys.map(Number))})`;
  return new Map(rows.map((row) => [String(row.key), { text: row.text, outlet: row.outlet }]));
}

/** Filter choices: every story (stage stories are none), and the outlets with articles (in the chosen story, if any). */
async function listFacets(db: Db, storySlug: string | undefined): Promise<SearchClaimsResult["facets"]> {
  const rows = await db.$queryRaw<{ type: "story" | "outlet"; value: string; label: string }[]>`
    SELECT 'story' AS type, s."slug" AS value, s."title" AS label FROM "Story" s WHERE ${liveStorySql("s")}
    UNION ALL
    SELECT 'outlet', o."id", o."name" FROM "Outlet" o
    WHERE EXISTS (SELECT 1 FROM "Article" a JOIN "Story" s ON s."id" = a."storyId" WHERE a."outletId" = o."id"
      ${storySlug ? Prisma.sql`AND s."slug" = ${storySlug}` : Prisma.empty})
    ORDER BY 1, 3`;
  return {
    stories: rows.filter((row) => row.type === "story").map((row) => ({ slug: row.value, title: row.label })),
    outlets: rows.filter((row) => row.type === "outlet").map((row) => ({ id: row.value, name: row.label })),
  };
}
