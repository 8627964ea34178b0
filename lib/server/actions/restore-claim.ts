"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { restoreClaim } from "@/lib/pipeline/dismiss-claim";
import { requireRole } from "@/lib/server/auth/require-role";
import { readField } from "@/lib/validation/action-state";
import { withOutcome } from "@/lib/validation/return-path";

/** An editor restores a dismissed claim from its page (plain form: back with ?restore=done|conflict|gone). */
export async function restoreClaimAction(form: FormData): Promise<void> {
  const user = await requireRole("editor");
  const claimId = readField(form, "claimId");
  const result = await restoreClaim(db, user.id, { claimId });
  revalidatePath("/", "layout");
  const outcome = result.ok ? "done" : result.status === 409 ? "conflict" : "gone";
  redirect(withOutcome(`/claims/${encodeURIComponent(claimId)}`, "restore", outcome));
}
