/**
 * Failed sign-ins, counted in memory per key (the server keys on email + client IP): the first
 * FREE_FAILURES cost nothing, every later one locks the key for a delay that doubles each time, up
 * to MAX_DELAY_MS. A success clears the key. One process holds the counts (a restart forgets them:
 * acceptable for a single-server newsroom tool; a cluster would need a shared store).
 */
export interface SignInLimiterOptions {
  /** Failures allowed before any delay: enough for typos, too few for guessing (OWASP suggests 3–10). */
  freeFailures?: number;
  /** The first lock after the free failures; it doubles with each further failure. */
  baseDelayMs?: number;
  /** Longest lock: 15 minutes stops online guessing without locking a real user out for long. */
  maxDelayMs?: number;
  /** A key with no failure for this long starts afresh. */
  forgetAfterMs?: number;
  /** Cap on remembered keys, so a flood of random emails cannot exhaust memory (oldest dropped). */
  maxKeys?: number;
}

export type LimitDecision = { isAllowed: true } | { isAllowed: false; retryAfterMs: number };

interface Entry {
  failures: number;
  lockedUntil: number;
  lastFailureAt: number;
}

export interface SignInLimiter {
  check(key: string, now?: number): LimitDecision;
  recordFailure(key: string, now?: number): LimitDecision;
  recordSuccess(key: string): void;
}

export function createSignInLimiter(options: SignInLimiterOptions = {}): SignInLimiter {
  const freeFailures = options.freeFailures ?? 5;
  const baseDelayMs = options.baseDelayMs ?? 1_000;
  const maxDelayMs = options.maxDelayMs ?? 15 * 60_000;
  const forgetAfterMs = options.forgetAfterMs ?? 60 * 60_000;
  const maxKeys = options.maxKeys ?? 10_000;
  const entries = new Map<string, Entry>();

  const current = (key: string, now: number): Entry | undefined => {
    const entry = entries.get(key);
    if (entry && now - entry.lastFailureAt > forgetAfterMs) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  const decide = (entry: Entry | undefined, now: number): LimitDecision =>
    entry && entry.lockedUntil > now ? { isAllowed: false, retryAfterMs: entry.lockedUntil - now } : { isAllowed: true };

  return {
    check(key, now = Date.now()) {
      return decide(current(key, now), now);
    },
    recordFailure(key, now = Date.now()) {
      const entry = current(key, now) ?? { failures: 0, lockedUntil: 0, lastFailureAt: now };
      entry.failures += 1;
      entry.lastFailureAt = now;
      const over = entry.failures - freeFailures;
      if (over > 0) entry.lockedUntil = now + Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(over - 1, 30));
      entries.delete(key); // re-insert: Map order doubles as least-recently-failed order
      entries.set(key, entry);
      while (entries.size > maxKeys) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
      return decide(entry, now);
    },
    recordSuccess(key) {
      entries.delete(key);
    },
  };
}

const globalForLimiter = globalThis as unknown as { claimtrailSignInLimiter?: SignInLimiter };
/** The process-wide limiter shared by the sign-in page and POST /api/session. */
export const signInLimiter: SignInLimiter = (globalForLimiter.claimtrailSignInLimiter ??= createSignInLimiter());

/** The limiter's key: the account and where the attempt comes from. */
export function signInKey(email: string, clientIp: string): string {
  return `${email.trim().toLowerCase()}|${clientIp}`;
}
