import { z } from "zod";
import { cleanName } from "./clean-name";
import { slugSchema } from "./story-manifest";

const idSchema = z.string().trim().min(1, "Which article?").max(64);
/** Titles as the import bounds them: 500 characters for an article, 300 for a story. */
const titleSchema = (max: number) =>
  z
    .string()
    .transform(cleanName)
    .pipe(z.string().min(1, "Write a title").max(max, `Keep the title under ${max} characters`));
/** The confirmation box of a delete form: the form without it is refused, so one click deletes nothing. */
const confirmSchema = z.literal("yes", { error: "Tick the box to confirm the deletion" });

/** Renaming an article: its title only (the outlet is shared with other stories and keeps its name). */
export const renameArticleSchema = z.strictObject({ articleId: idSchema, title: titleSchema(500) });
/** Renaming a story: its title only; the slug (every link and export file name) stays. */
export const renameStorySchema = z.strictObject({ slug: slugSchema, title: titleSchema(300) });
export const deleteArticleSchema = z.strictObject({ articleId: idSchema, confirm: confirmSchema });
export const deleteStorySchema = z.strictObject({ slug: slugSchema, confirm: confirmSchema });

export type RenameArticleInput = z.input<typeof renameArticleSchema>;
export type RenameStoryInput = z.input<typeof renameStorySchema>;
export type DeleteArticleInput = z.input<typeof deleteArticleSchema>;
export type DeleteStoryInput = z.input<typeof deleteStorySchema>;
