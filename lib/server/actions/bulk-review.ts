"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { bulkReview } from "@/lib/pipeline/bulk-review";
import { requireRole } from "@/lib/server/auth/require-role";
import { readField } from "@/lib/validation/action-state";
import { withOutcome } from "@/lib/validation/return-path";

/**
 * The review queue's bulk form (a plain form: works without JavaScript). Back to the queue with
 * ?bulk=<changed>-<skipped> or ?bulk=refused&why=<code> so the page says what happened.
 */
export async function bulkReviewAction(form: FormData): Promise<void> {
  const user = await requireRole("editor");
  const storySlug = readField(form, "story");
  const result = await bulkReview(db, user.id, {
    operation: readField(form, "operation") as "confirm",
    label: readField(form, "label"),
    note: readField(form, "note"),
    scope: readField(form, "scope") as "selected",
    items: form.getAll("item").filter((value): value is string => typeof value === "string"),
    storySlug,
    isMine: readField(form, "mine") === "1",
  });
  revalidatePath("/", "layout");
  const back = `/review?${new URLSearchParams({ ...(storySlug ? { story: storySlug } : {}), ...(readField(form, "mine") === "1" ? { mine: "1" } : {}) }).toString()}`;
  if (!result.ok) {
    // A code, not the message: the page words it (BULK_REFUSALS), so a URL cannot put text on it.
    const field = Object.keys(result.fieldErrors ?? {})[0];
    const why = result.status === 409 ? "conflict" : field === "items" || field === "label" || field === "note" ? field : result.status === 422 && !field ? "limit" : "invalid";
    redirect(withOutcome(withOutcome(back, "bulk", "refused"), "why", why));
  }
  redirect(withOutcome(back, "bulk", `${result.changed}-${result.skipped}`));
}
