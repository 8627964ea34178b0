"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { deleteStory } from "@/lib/pipeline/delete-story";
import { requireRole } from "@/lib/server/auth/require-role";
import { readField, type ActionState } from "@/lib/validation/action-state";

/** "Delete" on the story page (admins, after ticking the confirmation box): back to the story list. */
export async function deleteStoryAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireRole("admin");
  const result = await deleteStory(db, user, { slug: readField(form, "slug"), confirm: readField(form, "confirm") as "yes" });
  if (!result.ok) return { ok: false, status: result.status, message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/", "layout");
  redirect("/");
}
