import { z } from "zod";
import { ASSIGNMENT_STATUS_NAMES } from "@/lib/pipeline/assignment-statuses";
import { slugSchema } from "./story-manifest";

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { message: "Unknown id" });

/** Assigning a story (articleId empty) or one outlet's article within it to an editor. */
export const assignReviewSchema = z.object({
  storySlug: slugSchema,
  articleId: idSchema.optional().or(z.literal("").transform(() => undefined)),
  assigneeId: idSchema,
});
export type AssignReviewInput = z.input<typeof assignReviewSchema>;

/** Moving an assignment to another status. */
export const assignmentStatusSchema = z.object({
  assignmentId: idSchema,
  status: z.enum(ASSIGNMENT_STATUS_NAMES, { message: "Choose unreviewed, in review or reviewed" }),
});
export type AssignmentStatusInput = z.input<typeof assignmentStatusSchema>;
