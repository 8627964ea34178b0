"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { resetPassword } from "@/lib/auth/reset-password";
import { db } from "@/lib/db";
import { getClientIp } from "@/lib/server/auth/request-origin";
import { requireRole } from "@/lib/server/auth/require-role";
import { readField, type ActionState } from "@/lib/validation/action-state";

/** An admin resets a user's password: the temporary one is shown to the admin, once. */
export async function resetPasswordAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const admin = await requireRole("admin");
  const result = await resetPassword(db, admin.id, { userId: readField(form, "userId") }, { clientIp: getClientIp(await headers()) });
  if (!result.ok) return { ok: false, status: result.reason === "busy" ? 429 : 404, message: result.message };
  revalidatePath("/admin/users");
  return {
    ok: true,
    message: `Password reset for ${result.email}; their sessions ended. Temporary password (shown once, pass it on): ${result.temporaryPassword} — they choose their own at next sign-in.`,
    values: { temporaryPassword: result.temporaryPassword },
  };
}
