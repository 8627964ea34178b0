"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { assignReview } from "@/lib/pipeline/assign-review";
import { requireRole } from "@/lib/server/auth/require-role";
import { readField } from "@/lib/validation/action-state";
import { withOutcome } from "@/lib/validation/return-path";

/** An editor assigns a story or an outlet in it (story page; plain form: back with ?assign=done|refused). */
export async function assignReviewAction(form: FormData): Promise<void> {
  const user = await requireRole("editor");
  const storySlug = readField(form, "storySlug");
  const result = await assignReview(db, user.id, { storySlug, articleId: readField(form, "articleId"), assigneeId: readField(form, "assigneeId") });
  revalidatePath("/", "layout");
  redirect(`${withOutcome(`/stories/${encodeURIComponent(storySlug)}`, "assign", result.ok ? "done" : "refused")}#assignments`);
}
