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
  /**
   * Cap on remembered keys, so a flood of random emails cannot exhaust memory. Over the cap the
   * oldest unlocked keys go (forgotten ones first: they are the oldest); a locked key is never
   * dropped, else failures on random emails would flush a target's lock. Locked keys can push the
   * map past the cap, but each costs freeFailures + 1 verified guesses, and sign-in lets only a
   * few verifications run at once (see sign-in.ts), so that growth is slow and ends with the locks.
   */
  maxKeys?: number;
}

/**
 * Keys looked at per recorded failure when evicting: bounds the work when many locked keys sit at
 * the front (they are moved behind, so the next scan starts past them); 64 is far more than the one
 * eviction a failure normally needs.
 */
const EVICTION_SCAN_LIMIT = 64;

export type LimitDecision = { isAllowed: true } | { isAllowed: false; retryAfterMs: number };

interface Entry {
  failures: number;
  lockedUntil: number;
  /** Length of the latest lock, so restartLock can give it again in full. */
  lockMs: number;
  lastFailureAt: number;
}

export interface SignInLimiter {
  check(key: string, now?: number): LimitDecision;
  recordFailure(key: string, now?: number): LimitDecision;
  recordSuccess(key: string): void;
  /**
   * Runs the key's latest lock again in full from now, if it is locked. Sign-in records a failure
   * before the slow password check; when the check fails, the wait it reports starts from then.
   */
  restartLock(key: string, now?: number): LimitDecision;
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

  /** Drops the oldest unlocked keys while over maxKeys; locked ones move to the back and stay. */
  const evict = (now: number) => {
    let budget = EVICTION_SCAN_LIMIT;
    for (const [key, entry] of entries) {
      if (entries.size <= maxKeys || budget-- <= 0) break;
      entries.delete(key);
      if (entry.lockedUntil > now) entries.set(key, entry);
    }
  };

  return {
    check(key, now = Date.now()) {
      return decide(current(key, now), now);
    },
    recordFailure(key, now = Date.now()) {
      const entry = current(key, now) ?? { failures: 0, lockedUntil: 0, lockMs: 0, lastFailureAt: now };
      entry.failures += 1;
      entry.lastFailureAt = now;
      const over = entry.failures - freeFailures;
      if (over > 0) {
        entry.lockMs = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(over - 1, 30));
        entry.lockedUntil = now + entry.lockMs;
      }
      entries.delete(key); // re-insert: Map order doubles as least-recently-failed order
      entries.set(key, entry);
      evict(now);
      return decide(entry, now);
    },
    recordSuccess(key) {
      entries.delete(key);
    },
    restartLock(key, now = Date.now()) {
      const entry = current(key, now);
      if (entry && entry.lockMs > 0) entry.lockedUntil = Math.max(entry.lockedUntil, now + entry.lockMs);
      return decide(entry, now);
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
