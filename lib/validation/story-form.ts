import { z } from "zod";
import { slugSchema } from "./story-manifest";

/** A new story: its title, and optionally the slug to use instead of one made from the title. */
export const newStorySchema = z.strictObject({
  title: z.string().trim().min(1, "give the story a title").max(300, "keep the title under 300 characters"),
  slug: z.preprocess((value) => (value === "" ? undefined : value), slugSchema.optional()),
});

export type NewStoryInput = z.input<typeof newStorySchema>;
