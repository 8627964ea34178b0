import type { IncomingMessage, ServerResponse } from "node:http";
import { SESSION_COOKIE } from "@/lib/auth/sessions";

/**
 * Anonymous POSTs (sign-in, first-run setup, any server action without a session) one address may
 * have in flight at once. A person signs in with one request at a time; 4 leaves room for a
 * double click and a few tabs. Measured with `npm run test:hostile -- 3` on 2 loaded cores: 60
 * parallel anonymous /setup posts from one address, each a full pass through Next (~25 ms of the
 * event loop), queued every other request behind them — a real sign-in from another address took
 * p50 3.7 s, p95 43 s. Beyond the cap the request is answered 429 before Next sees it, in
 * microseconds, so the flood no longer holds the event loop.
 */
export const MAX_ANONYMOUS_POSTS_IN_FLIGHT = 4;
/** Seconds a refused client is told to wait: one sign-in takes about this long on a loaded machine. */
export const ANONYMOUS_POST_RETRY_AFTER_SECONDS = 1;

/** Whether a request carries a session cookie or token (signed-in users are limited by their role's routes, not here). */
function hasSession(req: IncomingMessage): boolean {
  return String(req.headers.cookie ?? "").includes(`${SESSION_COOKIE}=`) || /^Bearer\s/i.test(String(req.headers.authorization ?? ""));
}

/**
 * Counts anonymous POSTs in flight per client address (`address` is the one the rate limits use:
 * the socket's, or X-Forwarded-For's first hop behind a trusted proxy). `admit` returns false when
 * the address is at the cap; otherwise the count is released when the response finishes or the
 * connection closes.
 */
export function createAnonymousPostLimit(max = MAX_ANONYMOUS_POSTS_IN_FLIGHT) {
  const inFlight = new Map<string, number>();
  return {
    admit(req: IncomingMessage, res: ServerResponse, address: string): boolean {
      if (req.method !== "POST" || hasSession(req)) return true;
      const count = inFlight.get(address) ?? 0;
      if (count >= max) return false;
      inFlight.set(address, count + 1);
      let isReleased = false;
      const release = () => {
        if (isReleased) return;
        isReleased = true;
        const left = (inFlight.get(address) ?? 1) - 1;
        if (left > 0) inFlight.set(address, left);
        else inFlight.delete(address);
      };
      res.once("finish", release);
      res.once("close", release);
      return true;
    },
    /** Addresses with anonymous POSTs in flight (for tests). */
    size: () => inFlight.size,
  };
}
