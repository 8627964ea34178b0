import "server-only";
import { hasRole, type Role } from "@/lib/auth/roles";
import { SESSION_COOKIE, findSessionUser, type AuthUser } from "@/lib/auth/sessions";
import { db as appDb, type Db } from "@/lib/db";

/** Where a request's session token came from: a Bearer header is sent only by code that chose to; a cookie rides along by itself. */
type TokenSource = "bearer" | "cookie";

function readToken(request: Request): { token: string; source: TokenSource } | null {
  const authorization = request.headers.get("authorization");
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return { token: bearer, source: "bearer" };
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === SESSION_COOKIE) return { token: decodeURIComponent(value.join("=")), source: "cookie" };
  }
  return null;
}

/** The session token of a request: `Authorization: Bearer <token>` (machine clients) or the session cookie. */
export function readSessionToken(request: Request): string | null {
  return readToken(request)?.token ?? null;
}

/** Methods that change nothing (RFC 9110 safe methods our handlers serve): a cross-site GET cannot act. */
const SAFE_METHODS = new Set(["GET", "HEAD"]);

/**
 * Whether a request came from one of our own pages: the browser says so (Sec-Fetch-Site:
 * same-origin), or its Origin names the host it was sent to (Host, or X-Forwarded-Host from the
 * proxy in front — a cross-site page can set neither). No Origin at all counts as cross-site.
 */
function isSameOriginRequest(request: Request): boolean {
  if (request.headers.get("sec-fetch-site") === "same-origin") return true;
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return false;
  }
  const hosts = [request.headers.get("x-forwarded-host")?.split(",")[0], request.headers.get("host")];
  return hosts.some((host) => host?.trim().toLowerCase() === originHost);
}

/**
 * For route handlers: `{ user }` when the request's session (cookie or Bearer token from
 * POST /api/session) holds `role`, else `{ response }` — JSON 401 when not signed in, 403 when the
 * role is too weak, and 403 for a cookie-authenticated POST/PUT/PATCH/DELETE from another site
 * (CSRF: the browser attaches the cookie to any site's request; Bearer requests are exempt, as
 * browsers never add that header by themselves). Return the response as is. (`db` is for tests.)
 */
export async function authorizeRequest(
  request: Request,
  role: Role,
  db: Db = appDb,
): Promise<{ user: AuthUser; response?: undefined } | { response: Response; user?: undefined }> {
  const found = readToken(request);
  const user = await findSessionUser(db, found?.token);
  if (!user) {
    return { response: Response.json({ error: "Sign in first: send the session cookie or Authorization: Bearer <token> from POST /api/session." }, { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="claimtrail"' } }) };
  }
  if (found?.source === "cookie" && !SAFE_METHODS.has(request.method.toUpperCase()) && !isSameOriginRequest(request)) {
    return { response: Response.json({ error: "cross-site request refused" }, { status: 403 }) };
  }
  if (user.mustChangePassword) return { response: Response.json({ error: "An admin reset this account's password: choose a new one at /account/password first." }, { status: 403 }) };
  if (!hasRole(user, role)) return { response: Response.json({ error: `This needs the ${role} role; you are a ${user.role}.` }, { status: 403 }) };
  return { user };
}
