"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { setVerdict } from "@/lib/pipeline/set-verdict";
import { requireRole } from "@/lib/server/auth/require-role";
import { readField, type ActionState } from "@/lib/validation/action-state";

/** An editor sets or confirms an appearance's verdict (claim page, reader, review queue). */
export async function setVerdictAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireRole("editor");
  const result = await setVerdict(db, user.id, {
    appearanceId: readField(form, "appearanceId"),
    version: readField(form, "version") as unknown as number,
    label: readField(form, "label") as "faithful",
    note: readField(form, "note"),
  });
  if (!result.ok) return { ok: false, status: result.status, message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/", "layout");
  return { ok: true, message: "Verdict saved.", version: result.version };
}
