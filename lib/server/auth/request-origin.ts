import "server-only";

/** The client address for rate limiting: the first X-Forwarded-For hop (set by the proxy in front), else X-Real-IP. */
export function getClientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip")?.trim() || "direct";
}

/** Whether the request reached us over https (directly or through a proxy), so the cookie gets Secure. */
export function isHttpsRequest(headers: Headers, url?: string): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  if (forwarded) return forwarded === "https";
  return url ? url.startsWith("https:") : false;
}
