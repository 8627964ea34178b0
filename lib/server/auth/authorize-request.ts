import "server-only";
import { hasRole, type Role } from "@/lib/auth/roles";
import { SESSION_COOKIE, findSessionUser, type AuthUser } from "@/lib/auth/sessions";
import { db } from "@/lib/db";

/** The session token of a request: `Authorization: Bearer <token>` (machine clients) or the session cookie. */
export function readSessionToken(request: Request): string | null {
  const authorization = request.headers.get("authorization");
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return bearer;
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join("="));
  }
  return null;
}

/**
 * For route handlers: `{ user }` when the request's session (cookie or Bearer token from
 * POST /api/session) holds `role`, else `{ response }` — JSON 401 when not signed in, 403 when the
 * role is too weak. Return the response as is.
 */
export async function authorizeRequest(request: Request, role: Role): Promise<{ user: AuthUser; response?: undefined } | { response: Response; user?: undefined }> {
  const user = await findSessionUser(db, readSessionToken(request));
  if (!user) {
    return { response: Response.json({ error: "Sign in first: send the session cookie or Authorization: Bearer <token> from POST /api/session." }, { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="claimtrail"' } }) };
  }
  if (!hasRole(user, role)) return { response: Response.json({ error: `This needs the ${role} role; you are a ${user.role}.` }, { status: 403 }) };
  return { user };
}
