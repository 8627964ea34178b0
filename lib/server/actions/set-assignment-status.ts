"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { setAssignmentStatus } from "@/lib/pipeline/assign-review";
import { requireRole } from "@/lib/server/auth/require-role";
import { readField } from "@/lib/validation/action-state";
import { readReturnPath, withOutcome } from "@/lib/validation/return-path";

/** An editor moves an assignment to another status (story page or /review; plain form). */
export async function setAssignmentStatusAction(form: FormData): Promise<void> {
  const user = await requireRole("editor");
  const result = await setAssignmentStatus(db, user.id, { assignmentId: readField(form, "assignmentId"), status: readField(form, "status") as "reviewed" });
  revalidatePath("/", "layout");
  const fallback = result.ok ? `/stories/${encodeURIComponent(result.storySlug)}` : "/review";
  redirect(withOutcome(readReturnPath(readField(form, "back"), fallback), "status", result.ok ? "done" : "refused"));
}
