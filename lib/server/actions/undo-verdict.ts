"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { undoVerdict } from "@/lib/pipeline/undo-verdict";
import { requireRole } from "@/lib/server/auth/require-role";
import { readField } from "@/lib/validation/action-state";

/**
 * An editor undoes one of their verdicts from /review. A plain form action, so it works without
 * JavaScript: the outcome comes back as ?undo=done|conflict|gone on the review page.
 */
export async function undoVerdictAction(form: FormData): Promise<void> {
  const user = await requireRole("editor");
  const result = await undoVerdict(db, user.id, { auditId: readField(form, "auditId") });
  const story = readField(form, "story");
  const outcome = result.ok ? "done" : result.status === 409 ? "conflict" : "gone";
  revalidatePath("/", "layout");
  const params = new URLSearchParams({ ...(story ? { story } : {}), undo: outcome });
  redirect(`/review?${params.toString()}`);
}
