import "server-only";
import { ENV_VARS, getEnv } from "@/lib/config/env";

/** The client address for rate limiting: the first X-Forwarded-For hop (set by the proxy in front), else X-Real-IP. */
export function getClientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip")?.trim() || "direct";
}

/**
 * Whether the request reached us over https: X-Forwarded-Proto (first hop) says https, or `url`
 * does. Pass the request's URL; a server action has none, so it passes its Origin header (the page
 * the form was posted from), which a browser on an https page sends as https://… whatever the proxy
 * in front of us forwards.
 */
function isHttpsRequest(headers: Headers, url?: string | null): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded === "https" || (url?.toLowerCase().startsWith("https:") ?? false);
}

/**
 * Whether the session cookie gets Secure: on https requests, and always when
 * CLAIMTRAIL_SECURE_COOKIES is on (for a proxy that forwards neither X-Forwarded-Proto nor an https
 * Origin). Plain http://localhost stays non-Secure so `npm start` works without TLS.
 */
export function isSecureCookieRequired(headers: Headers, url?: string | null, env?: Record<string, string | undefined>): boolean {
  const isForced = env ? ENV_VARS.CLAIMTRAIL_SECURE_COOKIES.schema.parse(env.CLAIMTRAIL_SECURE_COOKIES) : getEnv().CLAIMTRAIL_SECURE_COOKIES;
  return isForced || isHttpsRequest(headers, url);
}
