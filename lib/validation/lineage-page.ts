import { z } from "zod";
import { pageNumberSchema } from "./page-number";

/**
 * Rewrites per page of the lineage table. Each row carries its evidence (~9 items at 1,000
 * rewrites): all 999 rows of a generated 1,000-article story made 14.9 MB of HTML, 4.7 MB of it
 * the table and most of the rest its copy in the page's React payload. 50, as the story page
 * shows 50 outlets.
 */
export const LINKS_PER_PAGE = 50;

/**
 * Carriers named per shared detail, first appearance first; the rest are counted. A detail the
 * generated 1,000-article story's outlets share had up to ~500 carriers, one long line each.
 */
export const MAX_CARRIERS_LISTED = 20;

/** /stories/[slug]/lineage search params. Never fails: a bad page number shows page 1. */
export const lineagePageParamsSchema = z.object({ page: pageNumberSchema });
