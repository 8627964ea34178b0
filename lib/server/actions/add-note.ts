"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { addNote } from "@/lib/pipeline/add-note";
import { requireRole } from "@/lib/server/auth/require-role";
import { readField, type ActionState } from "@/lib/validation/action-state";

/** An editor adds a note to a claim or an appearance. */
export async function addNoteAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireRole("editor");
  const result = await addNote(db, user.id, {
    claimId: readField(form, "claimId") || undefined,
    appearanceId: readField(form, "appearanceId") || undefined,
    body: readField(form, "body"),
  });
  if (!result.ok) return { ok: false, status: result.status, message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/", "layout");
  return { ok: true, message: "Note added." };
}
