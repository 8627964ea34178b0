"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { editClaim } from "@/lib/pipeline/edit-claim";
import { requireRole } from "@/lib/server/auth/require-role";
import { readField, type ActionState } from "@/lib/validation/action-state";

/** An editor rewords a claim an editor created. */
export async function editClaimAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireRole("editor");
  const result = await editClaim(db, user.id, { claimId: readField(form, "claimId"), text: readField(form, "text") });
  if (!result.ok) return { ok: false, status: result.status, message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/", "layout");
  return { ok: true, message: "Claim reworded." };
}
