import { z } from "zod";
import { LABELS } from "@/lib/labels";
import { pageNumberSchema } from "./page-number";
import { publishedAtSchema } from "./story-manifest";

/**
 * Outlet orders of the story page (matrix columns, scorecard rows, article list): publication date,
 * distortion (most first), coverage (least first: what a rewrite leaves out), or outlet name.
 */
export const MATRIX_SORTS = ["date", "distortion", "coverage", "outlet"] as const;
export type MatrixSort = (typeof MATRIX_SORTS)[number];

/**
 * Outlets per page. A 50-outlet page is the size the matrix was tuned for (about 10,000 cells,
 * see matrix-html.ts); a 1,000-outlet story at once would be twenty times that in HTML.
 */
export const OUTLETS_PER_PAGE = 50;

/**
 * Statement rows open at once. Each open row adds its details × every outlet to the page (about
 * 5 × 50 cells on a large story), so ten keeps the worst case near twice the collapsed matrix.
 */
export const MAX_EXPANDED_ROWS = 10;

/** Claim and outlet ids are cuids; anything else in ?expand= or ?outlet= is dropped rather than sent to the database. */
const idSchema = z.string().regex(/^[a-z0-9]{1,40}$/i);

/** A search param as Next passes it: absent, once, or repeated. */
const manyStrings = z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.string()));
/** The first value of a search param that may be repeated. */
const firstString = z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.string().optional());

/**
 * /stories/[slug] search params. Never fails: an unknown sort falls back to date order ("changes",
 * the old "most changed", reads as distortion), malformed ids, unknown labels and bad page numbers
 * are ignored, so a hand-edited URL still shows the page. `asOf` (a date or an ISO datetime, as
 * capture times are given) shows the matrix as it stood then; a malformed one shows the current matrix.
 */
export const storyPageParamsSchema = z.object({
  sort: z.preprocess((value) => (value === "changes" ? "distortion" : value), z.enum(MATRIX_SORTS).default("date")).catch("date"),
  expand: manyStrings
    .catch([])
    .transform((ids) => [...new Set(ids.filter((id) => idSchema.safeParse(id).success))].slice(0, MAX_EXPANDED_ROWS)),
  /** "changed only": rows some shown outlet carries with a change (CHANGE_LABELS). */
  changed: firstString.transform((value) => value === "1" || value === "on" || value === "true").catch(false),
  /** One label: rows some shown outlet has with this label. */
  label: firstString.pipe(z.enum(LABELS).optional()).catch(undefined),
  /** One outlet (its id): its column only, rows it carries or omits. */
  outlet: firstString.pipe(idSchema.optional()).catch(undefined),
  /** Page of outlets, from 1; past the last page shows the last. */
  page: pageNumberSchema,
  asOf: publishedAtSchema
    .transform((value) => new Date(value))
    .optional()
    .catch(undefined),
});

export type StoryPageParams = z.infer<typeof storyPageParamsSchema>;
/** The filters and paging of the story page, as storyHref takes them. */
export type StoryPageState = Omit<StoryPageParams, "expand"> & { expand: readonly string[] };

/** An outlet id in /stories/[slug]/outlets/[outlet] (a cuid); anything else is a 404 without a query. */
export const outletIdSchema = idSchema;
