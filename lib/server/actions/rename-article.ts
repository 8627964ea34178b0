"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { renameArticle } from "@/lib/pipeline/rename-article";
import { requireRole } from "@/lib/server/auth/require-role";
import { readField, type ActionState } from "@/lib/validation/action-state";

/** "Rename" on the article page (editors): a new title for the article. */
export async function renameArticleAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireRole("editor");
  const result = await renameArticle(db, user, { articleId: readField(form, "articleId"), title: readField(form, "title") });
  if (!result.ok) return { ok: false, status: result.status, message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/", "layout");
  return { ok: true, message: `Renamed: “${result.title}”.` };
}
