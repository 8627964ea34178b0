"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { annotateSpan } from "@/lib/pipeline/annotate-span";
import { requireRole } from "@/lib/server/auth/require-role";
import { readField, type ActionState } from "@/lib/validation/action-state";

/** An editor links a selected span to a claim (or a new claim) with a label and a note. */
export async function annotateSpanAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireRole("editor");
  const result = await annotateSpan(db, user.id, {
    articleId: readField(form, "articleId"),
    start: readField(form, "start") as unknown as number,
    end: readField(form, "end") as unknown as number,
    exact: readField(form, "exact"),
    claimId: readField(form, "claimId") || undefined,
    newClaimText: readField(form, "newClaimText") || undefined,
    label: readField(form, "label") as "faithful",
    note: readField(form, "note"),
  });
  if (!result.ok) return { ok: false, status: result.status, message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/", "layout");
  return { ok: true, message: "Span linked." };
}
