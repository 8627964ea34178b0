import { z } from "zod";

/**
 * A `?page=` search param: from 1, the first value when repeated; never fails (anything else is
 * page 1), so a hand-edited URL still shows a page. Past the last page the caller shows the last.
 */
export const pageNumberSchema = z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.coerce.number().int().min(1).max(100_000)).catch(1);
