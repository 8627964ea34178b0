import { z } from "zod";
import { slugSchema } from "./story-manifest";

/** Flags of `npm run reanalyze`, after node's parseArgs. */
export const reanalyzeArgsSchema = z.object({
  /** Re-analyse this story in full, whatever its state; without it, every out-of-date story. */
  story: slugSchema.optional(),
});

export type ReanalyzeArgs = z.infer<typeof reanalyzeArgsSchema>;
