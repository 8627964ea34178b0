"use server";
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/sign-in";
import { SESSION_COOKIE } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { getClientIp, isSecureCookieRequired } from "@/lib/server/auth/request-origin";
import { readField, type ActionState } from "@/lib/validation/action-state";
import { nextPathSchema } from "@/lib/validation/user";

/** The sign-in form: checks the password (rate limited), sets the session cookie, goes to `next`. */
export async function signInAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const requestHeaders = await headers();
  const result = await signIn(db, { email: readField(form, "email"), password: readField(form, "password") }, getClientIp(requestHeaders));
  // A refusal keeps the typed email in the form (never the password).
  if (!result.ok) return { ok: false, status: result.status, message: result.message, values: { email: readField(form, "email") } };
  (await cookies()).set(SESSION_COOKIE, result.token, {
    httpOnly: true,
    sameSite: "lax",
    secure: isSecureCookieRequired(requestHeaders, requestHeaders.get("origin")),
    path: "/",
    expires: result.expiresAt,
  });
  const next = nextPathSchema.parse(readField(form, "next") || "/");
  // After an admin's reset: choose a new password before anything else.
  redirect(result.user.mustChangePassword ? `/account/password?next=${encodeURIComponent(next)}` : next);
}
