import { z } from "zod";
import { slugSchema } from "./story-manifest";

/** Flags of `npm run import`, after node's parseArgs. */
export const importArgsSchema = z.object({
  /** The story folder: manifest.json + article files (.txt, .md, .html), as in seeds/. */
  dirs: z.array(z.string().min(1)).length(1, "give exactly one story folder: npm run import -- DIR"),
  /** Add the folder's articles to this existing story instead of creating the manifest's story. */
  story: slugSchema.optional(),
});

export type ImportArgs = z.infer<typeof importArgsSchema>;
