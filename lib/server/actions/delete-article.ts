"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { deleteArticle } from "@/lib/pipeline/delete-article";
import { requireRole } from "@/lib/server/auth/require-role";
import { readField, type ActionState } from "@/lib/validation/action-state";

/** "Delete" on the article page (admins, after ticking the confirmation box): back to the story, re-analysed. */
export async function deleteArticleAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireRole("admin");
  const result = await deleteArticle(db, user, { articleId: readField(form, "articleId"), confirm: readField(form, "confirm") as "yes" });
  if (!result.ok) return { ok: false, status: result.status, message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/", "layout");
  redirect(`/stories/${result.storySlug}`);
}
