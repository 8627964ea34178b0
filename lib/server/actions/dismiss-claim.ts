"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { dismissClaim } from "@/lib/pipeline/dismiss-claim";
import { requireRole } from "@/lib/server/auth/require-role";
import { readField } from "@/lib/validation/action-state";
import { readReturnPath, withOutcome } from "@/lib/validation/return-path";

/**
 * An editor marks a claim "not a claim" from the claim page or the review queue. A plain form
 * action (works without JavaScript): back to the page it came from with ?dismiss=done|gone|invalid.
 */
export async function dismissClaimAction(form: FormData): Promise<void> {
  const user = await requireRole("editor");
  const claimId = readField(form, "claimId");
  const result = await dismissClaim(db, user.id, { claimId, reason: readField(form, "reason") });
  revalidatePath("/", "layout");
  const outcome = result.ok ? "done" : result.status === 404 ? "gone" : "invalid";
  redirect(withOutcome(readReturnPath(readField(form, "back"), `/claims/${encodeURIComponent(claimId)}`), "dismiss", outcome));
}
