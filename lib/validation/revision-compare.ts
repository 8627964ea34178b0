import { z } from "zod";

const revisionNumber = z.coerce.number().int().min(1).max(1_000_000);
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The revisions page's query: `?from=1&to=3` compares revision 1 with revision 3 (default: the
 * last two), `&trivial=1` also lists rewordings that change no claim. Bad values fall back to the
 * defaults rather than failing the page.
 */
export const revisionCompareSchema = z.object({
  from: z.preprocess(first, revisionNumber.optional()).catch(undefined),
  to: z.preprocess(first, revisionNumber.optional()).catch(undefined),
  trivial: z.preprocess(first, z.enum(["1"]).optional()).catch(undefined),
});
export type RevisionCompareQuery = z.infer<typeof revisionCompareSchema>;
