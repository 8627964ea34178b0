"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { updateUser } from "@/lib/auth/update-user";
import { db } from "@/lib/db";
import { requireRole } from "@/lib/server/auth/require-role";
import { readField, type ActionState } from "@/lib/validation/action-state";
import { userChangeSchema } from "@/lib/validation/user";

/** An admin changes a user's role, or disables / re-enables the account. */
export async function updateUserAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const admin = await requireRole("admin");
  const parsed = userChangeSchema.safeParse({ userId: readField(form, "userId"), role: readField(form, "role") || undefined, isDisabled: readField(form, "isDisabled") || undefined });
  if (!parsed.success) return { ok: false, status: 422, message: "Check the form.", fieldErrors: parsed.error.flatten().fieldErrors };
  const result = await updateUser(db, admin.id, parsed.data);
  if (!result.ok) return { ok: false, status: result.reason === "not-found" ? 404 : 409, message: result.message };
  revalidatePath("/admin/users");
  return { ok: true, message: "Saved." };
}
