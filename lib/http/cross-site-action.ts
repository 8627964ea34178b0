import type { IncomingMessage } from "node:http";

/**
 * A server action (POST with a Next-Action header) whose Origin names another host than the one it
 * was sent to (Host, or X-Forwarded-Host behind a trusted proxy), as Next itself checks them.
 */
export function isCrossSiteAction(req: IncomingMessage, isProxyTrusted: boolean): boolean {
  if (req.method !== "POST" || req.headers["next-action"] === undefined) return false;
  const origin = req.headers.origin;
  if (!origin) return false; // Next lets these through too: browsers always send Origin on POST
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return true; // "null" (a sandboxed or file page) or garbage
  }
  const forwarded = isProxyTrusted ? String(req.headers["x-forwarded-host"] ?? "").split(",")[0]?.trim() : "";
  const host = (forwarded || req.headers.host || "").toLowerCase();
  return originHost !== host;
}
