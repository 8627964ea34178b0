"use server";
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { createUser } from "@/lib/auth/create-user";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { isSecureCookieRequired } from "@/lib/server/auth/request-origin";
import { readField, type ActionState } from "@/lib/validation/action-state";

/**
 * The first-run page: creates the first admin while no account exists (checked inside the write
 * transaction, so two racing visitors cannot both succeed), then signs them in.
 */
export async function setUpAdminAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  if (readField(form, "password") !== readField(form, "confirm")) return { ok: false, message: "The passwords differ.", fieldErrors: { confirm: ["Type the same password twice"] } };
  const result = await createUser(db, { email: readField(form, "email"), name: readField(form, "name"), role: "admin", password: readField(form, "password") }, { actorId: null, isFirstRun: true });
  if (!result.ok) {
    if (result.reason === "invalid") return { ok: false, status: 422, message: "Check the form.", fieldErrors: result.fieldErrors };
    return { ok: false, status: 409, message: "ClaimTrail already has an admin: sign in instead." };
  }
  const session = await createSession(db, result.user.id);
  const requestHeaders = await headers();
  const secure = isSecureCookieRequired(requestHeaders, requestHeaders.get("origin"));
  (await cookies()).set(SESSION_COOKIE, session.token, { httpOnly: true, sameSite: "lax", secure, path: "/", expires: session.expiresAt });
  redirect("/admin/users");
}
