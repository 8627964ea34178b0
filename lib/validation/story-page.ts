import { z } from "zod";
import { publishedAtSchema } from "./story-manifest";

/** Column orders of the provenance matrix: publication date, or share of changed cells (most first). */
export const MATRIX_SORTS = ["date", "changes"] as const;
export type MatrixSort = (typeof MATRIX_SORTS)[number];

/**
 * Statement rows open at once. Each open row adds its details × every outlet to the page (about
 * 5 × 50 cells on a large story), so ten keeps the worst case near twice the collapsed matrix.
 */
export const MAX_EXPANDED_ROWS = 10;

/** Claim ids are cuids; anything else in ?expand= is dropped rather than sent to the database. */
const claimIdSchema = z.string().regex(/^[a-z0-9]{1,40}$/i);

/** A search param as Next passes it: absent, once, or repeated. */
const manyStrings = z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.string()));

/**
 * /stories/[slug] search params. Never fails: an unknown sort falls back to date order and
 * malformed expand ids are ignored, so a hand-edited URL still shows the page. `asOf` (a date or
 * an ISO datetime, as capture times are given) shows the matrix as it stood then; a malformed one
 * shows the current matrix.
 */
export const storyPageParamsSchema = z.object({
  sort: z.enum(MATRIX_SORTS).default("date").catch("date"),
  expand: manyStrings
    .catch([])
    .transform((ids) => [...new Set(ids.filter((id) => claimIdSchema.safeParse(id).success))].slice(0, MAX_EXPANDED_ROWS)),
  asOf: publishedAtSchema
    .transform((value) => new Date(value))
    .optional()
    .catch(undefined),
});

export type StoryPageParams = z.infer<typeof storyPageParamsSchema>;

/** An outlet id in /stories/[slug]/outlets/[outlet] (a cuid); anything else is a 404 without a query. */
export const outletIdSchema = z.string().regex(/^[a-z0-9]{1,40}$/i);
