import { z } from "zod";
import { slugSchema } from "./story-manifest";

/** Flags of `npm run reanalyze`, after node's parseArgs. */
export const reanalyzeArgsSchema = z
  .object({
    /** Re-analyse this story in full, whatever its state; without it, every out-of-date story. */
    story: slugSchema.optional(),
    /** Make this article of `story` its reference first (*Make reference*, as on the story page). */
    reference: z.string().trim().min(1).max(40).optional(),
  })
  .refine((args) => !args.reference || args.story, { message: "--reference needs --story: the story whose article it is", path: ["reference"] });

export type ReanalyzeArgs = z.infer<typeof reanalyzeArgsSchema>;
