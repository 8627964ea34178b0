"use server";
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { createUser } from "@/lib/auth/create-user";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { getClientIp, isSecureCookieRequired } from "@/lib/server/auth/request-origin";
import { readField, type ActionState } from "@/lib/validation/action-state";

const ALREADY_SET_UP: ActionState = { ok: false, status: 409, message: "ClaimTrail already has an admin: sign in instead." };

/**
 * The first-run page: creates the first admin while no account exists (checked inside the write
 * transaction, so two racing visitors cannot both succeed), then signs them in.
 */
export async function setUpAdminAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  // Nothing else (no parsing, no hashing) once an account exists: an anonymous flood costs a count each.
  if ((await db.user.count()) > 0) return ALREADY_SET_UP;
  if (readField(form, "password") !== readField(form, "confirm")) return { ok: false, message: "The passwords differ.", fieldErrors: { confirm: ["Type the same password twice"] } };
  const requestHeaders = await headers();
  const result = await createUser(
    db,
    { email: readField(form, "email"), name: readField(form, "name"), role: "admin", password: readField(form, "password") },
    { actorId: null, isFirstRun: true, clientIp: getClientIp(requestHeaders) },
  );
  if (!result.ok) {
    if (result.reason === "invalid") return { ok: false, status: 422, message: "Check the form.", fieldErrors: result.fieldErrors };
    if (result.reason === "busy") return { ok: false, status: 429, message: result.message };
    return ALREADY_SET_UP;
  }
  const session = await createSession(db, result.user.id);
  const secure = isSecureCookieRequired(requestHeaders, requestHeaders.get("origin"));
  (await cookies()).set(SESSION_COOKIE, session.token, { httpOnly: true, sameSite: "lax", secure, path: "/", expires: session.expiresAt });
  redirect("/admin/users");
}
