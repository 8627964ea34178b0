import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { SESSION_COOKIE, findSessionUser, type AuthUser } from "@/lib/auth/sessions";
import { db } from "@/lib/db";

/**
 * The signed-in user of this request, or null (never throws, never redirects). Without the session
 * cookie there is no database read, so anonymous pages cost nothing extra. Cached per request.
 */
export const getCurrentUser = cache(async (): Promise<AuthUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? findSessionUser(db, token) : null;
});
