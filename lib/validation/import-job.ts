import { z } from "zod";

/**
 * The payload of a `story.import` job, as the API stores it: the story, who imports, and the
 * articles as sent. The articles are checked by importArticles (importRequestSchema) when the job
 * runs, as they were before the job was queued.
 */
export const importJobPayloadSchema = z.object({
  storySlug: z.string().min(1),
  actorId: z.string().min(1).nullable(),
  articles: z.array(z.unknown()).min(1),
});

export type ImportJobPayload = z.infer<typeof importJobPayloadSchema>;
