import { z } from "zod";
import { INVISIBLE_IN_TEXT } from "./clean-name";
import { LABELS } from "@/lib/labels";

/** Which appearances count, by editor review. */
export const REVIEW_STATES = ["all", "reviewed", "unreviewed"] as const;
/**
 * changed (the default): statements and new material that some outlet changed or added, i.e. the
 * claims a fact-checker reads first; then every claim, statements, details of statements, new material.
 */
export const CLAIM_KINDS = ["changed", "all", "statement", "detail", "new"] as const;
/**
 * The kind filter when the URL names none: the changed claims to read first, or, for a search,
 * every kind (someone searching for a name or a figure wants each claim that holds it).
 */
export function defaultClaimKind(q: string): ClaimKindFilter {
  return q.trim() ? "all" : "changed";
}
/** relevance needs a search; the others always apply. */
export const CLAIM_SORTS = ["relevance", "reference", "severity", "outlets"] as const;

export type ReviewState = (typeof REVIEW_STATES)[number];
export type ClaimKindFilter = (typeof CLAIM_KINDS)[number];
export type ClaimSort = (typeof CLAIM_SORTS)[number];

/** Longest search kept; anything past it is cut rather than rejected. */
const MAX_QUERY_CHARS = 200;
/** Far past any real result set (25 a page), low enough to keep OFFSET cheap. */
const MAX_PAGE = 10_000;

/** A URL value as Next gives it: repeated keys arrive as arrays, and only the first counts. */
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
/** An optional value that falls back to "absent" when it is malformed, so a bad link never 500s. */
const lenient = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);

/**
 * The /claims URL: search words, filters, sort and page. Every field falls back on its own when
 * invalid (an unknown label drops that filter, "page=abc" is page 1) instead of failing the page.
 */
export const claimsSearchSchema = z.object({
  q: z.preprocess(first, z.string().optional()).catch(undefined).transform((q) => (q ?? "").replace(INVISIBLE_IN_TEXT, "").normalize("NFC").trim().slice(0, MAX_QUERY_CHARS)),
  story: lenient(z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/)),
  outlet: lenient(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)),
  label: lenient(z.enum(LABELS)),
  review: lenient(z.enum(REVIEW_STATES)).transform((review) => review ?? "all"),
  kind: lenient(z.enum(CLAIM_KINDS)),
  sort: lenient(z.enum(CLAIM_SORTS)),
  page: lenient(z.coerce.number().int().min(1).max(MAX_PAGE)).transform((page) => page ?? 1),
});

export type ClaimsSearch = z.output<typeof claimsSearchSchema> & { sort: ClaimSort; kind: ClaimKindFilter };

/**
 * Parses Next's searchParams (or any record) into a complete, valid search. The sort defaults to
 * relevance when there are words to rank by and reference order otherwise; relevance without
 * words falls back to reference order too.
 */
export function parseClaimsSearch(raw: Record<string, unknown>): ClaimsSearch {
  const parsed = claimsSearchSchema.parse(raw);
  const hasWords = parsed.q.length > 0;
  const sort: ClaimSort = !parsed.sort || (parsed.sort === "relevance" && !hasWords) ? (hasWords ? "relevance" : "reference") : parsed.sort;
  return { ...parsed, sort, kind: parsed.kind ?? defaultClaimKind(parsed.q) };
}

/** The search box's syntax is parsed by lib/search/parse-search-query.ts (OR, -word, phrases, number forms). */

/** A claim id from the /claims/[id] URL (cuid-like); anything else is a 404 without a query. */
export const claimIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
