"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { renameStory } from "@/lib/pipeline/rename-story";
import { requireRole } from "@/lib/server/auth/require-role";
import { readField, type ActionState } from "@/lib/validation/action-state";

/** "Rename" on the story page (editors): a new title; the slug, and so every link, stays. */
export async function renameStoryAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireRole("editor");
  const result = await renameStory(db, user, { slug: readField(form, "slug"), title: readField(form, "title") });
  if (!result.ok) return { ok: false, status: result.status, message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/", "layout");
  return { ok: true, message: `Renamed: “${result.title}”.` };
}
