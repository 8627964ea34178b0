/** The address exports and the print view link to, and whether a reader elsewhere can open it. */
export interface PublicAddress {
  /** Origin (and path prefix, if configured) without a trailing slash, e.g. "https://claims.example.org". */
  baseUrl: string;
  /**
   * True when the address is only where this server happens to listen (no CLAIMTRAIL_PUBLIC_URL,
   * no trusted proxy): exports then say so, because their links work only on this machine.
   */
  isLocal: boolean;
}

export interface PublicAddressSettings {
  /** CLAIMTRAIL_PUBLIC_URL as parsed by lib/config/env.ts (null when unset). */
  publicUrl: string | null;
  /** CLAIMTRAIL_TRUST_PROXY: only then are X-Forwarded-Host / X-Forwarded-Proto believed. */
  trustProxy: boolean;
}

/** First hop of a comma-separated forwarded header, trimmed; null when absent or empty. */
function firstHop(value: string | null): string | null {
  const hop = value?.split(",")[0]?.trim();
  return hop ? hop : null;
}

/** `proto://host` when it is an http(s) origin with nothing else in it (no path, user or port games). */
function toOrigin(proto: string, host: string): string | null {
  if (proto !== "http" && proto !== "https") return null;
  if (!/^[A-Za-z0-9.\-:[\]]+$/.test(host)) return null;
  try {
    const url = new URL(`${proto}://${host}`);
    return url.pathname === "/" && !url.username && !url.password ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * Where exports should point. CLAIMTRAIL_PUBLIC_URL wins. Without it, the request's own address
 * (X-Forwarded-Host and X-Forwarded-Proto, else Host) is used only when CLAIMTRAIL_TRUST_PROXY is
 * on: otherwise any client could put its own host into a published ClaimReview. Failing both, the
 * address the server was reached on is used and marked local.
 */
export function resolvePublicAddress(settings: PublicAddressSettings, headers: Headers, requestUrl: string): PublicAddress {
  if (settings.publicUrl) return { baseUrl: settings.publicUrl.replace(/\/+$/, ""), isLocal: false };
  const request = new URL(requestUrl);
  if (settings.trustProxy) {
    const proto = (firstHop(headers.get("x-forwarded-proto")) ?? request.protocol.replace(/:$/, "")).toLowerCase();
    const host = firstHop(headers.get("x-forwarded-host")) ?? firstHop(headers.get("host"));
    const origin = host ? toOrigin(proto, host) : null;
    if (origin) return { baseUrl: origin, isLocal: false };
  }
  return { baseUrl: request.origin, isLocal: true };
}

/** What an export says when its addresses are local. */
export function describeLocalAddress(baseUrl: string): string {
  return `Links in this export point to ${baseUrl}, the address this server was reached on, which may not work elsewhere: set CLAIMTRAIL_PUBLIC_URL to the site's public address before publishing it.`;
}
