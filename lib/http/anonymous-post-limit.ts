import type { IncomingMessage } from "node:http";
import { SESSION_COOKIE } from "@/lib/auth/sessions";

/**
 * Anonymous POSTs (sign-in, first-run setup, any server action without a session) one address may
 * send: a burst of 10, then 5 per second (a token bucket). A person signs in with one request;
 * ten leaves room for retries and a few tabs. Measured with `npm run test:hostile -- 3` on 2
 * loaded cores: 60 parallel anonymous /setup posts from one address, each a full pass through Next
 * (~25 ms of the event loop), queued every other request behind them — a real sign-in from
 * another address took p50 1.6 s, p95 17 s. Counting requests in flight did not help: each one
 * runs to its end without giving the loop a turn, so no two are ever in flight at once; a rate
 * does. Beyond it the request is answered 429 before Next sees it, in microseconds.
 */
export const ANONYMOUS_POST_BURST = 10;
export const ANONYMOUS_POSTS_PER_SECOND = 5;
/** Seconds a refused client is told to wait: a new token comes every 0.2 s. */
export const ANONYMOUS_POST_RETRY_AFTER_SECONDS = 1;
/** Buckets kept at most (oldest dropped first), so a flood from many addresses cannot grow the map without bound. */
const MAX_ADDRESSES = 10_000;

/** Whether a request carries a session cookie or token (signed-in users are limited by their roles, not here). */
function hasSession(req: IncomingMessage): boolean {
  return String(req.headers.cookie ?? "").includes(`${SESSION_COOKIE}=`) || /^Bearer\s/i.test(String(req.headers.authorization ?? ""));
}

/**
 * A token bucket per client address (`address` is the one the rate limits use: the socket's, or
 * X-Forwarded-For's first hop behind a trusted proxy). `admit` returns false for an anonymous POST
 * past the address's rate; everything else is admitted.
 */
export function createAnonymousPostLimit({ burst = ANONYMOUS_POST_BURST, perSecond = ANONYMOUS_POSTS_PER_SECOND, now = () => performance.now() } = {}) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    admit(req: IncomingMessage, address: string): boolean {
      if (req.method !== "POST" || hasSession(req)) return true;
      const time = now();
      const bucket = buckets.get(address) ?? { tokens: burst, at: time };
      buckets.delete(address); // re-inserted last: the map stays in least-recently-used order
      bucket.tokens = Math.min(burst, bucket.tokens + ((time - bucket.at) / 1000) * perSecond);
      bucket.at = time;
      const isAdmitted = bucket.tokens >= 1;
      if (isAdmitted) bucket.tokens -= 1;
      buckets.set(address, bucket);
      for (const oldest of buckets.keys()) {
        if (buckets.size <= MAX_ADDRESSES) break;
        buckets.delete(oldest);
      }
      return isAdmitted;
    },
  };
}
