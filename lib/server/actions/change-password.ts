"use server";
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { changePassword } from "@/lib/auth/change-password";
import { SESSION_COOKIE } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/server/auth/get-current-user";
import { getClientIp } from "@/lib/server/auth/request-origin";
import { readField, type ActionState } from "@/lib/validation/action-state";
import { nextPathSchema } from "@/lib/validation/user";

/**
 * A signed-in user changes their own password (/account/password). This session stays, the
 * others end. After an admin's reset the user then goes on to where they were headed.
 */
export async function changePasswordAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=%2Faccount%2Fpassword");
  const result = await changePassword(
    db,
    user.id,
    { currentPassword: readField(form, "currentPassword"), newPassword: readField(form, "newPassword"), confirmPassword: readField(form, "confirmPassword") },
    { currentSessionToken: (await cookies()).get(SESSION_COOKIE)?.value ?? null, clientIp: getClientIp(await headers()) },
  );
  if (!result.ok) {
    if (result.reason === "invalid") return { ok: false, status: 422, message: "Check the form.", fieldErrors: result.fieldErrors };
    if (result.reason === "busy") return { ok: false, status: 429, message: result.message };
    redirect("/sign-in");
  }
  if (user.mustChangePassword) redirect(nextPathSchema.parse(readField(form, "next") || "/"));
  const others = result.revokedSessions === 1 ? "1 other session was" : `${result.revokedSessions} other sessions were`;
  return { ok: true, message: `Password changed. ${others} signed out.` };
}
