import type { Db } from "@/lib/db";
import { signInSchema } from "@/lib/validation/user";
import { authenticateUser } from "./authenticate-user";
import { createSignInLimiter, signInKey, signInLimiter, type SignInLimiter } from "./rate-limit";
import { createSession, type AuthUser } from "./sessions";

const globalForLimiter = globalThis as unknown as { claimtrailAccountLimiter?: SignInLimiter; claimtrailVerifications?: { inFlight: number } };
/**
 * A second, looser limit per account whatever the address: the per-(email, IP) limit alone could
 * be dodged by an attacker who varies X-Forwarded-For or owns many addresses. 20 free failures
 * leave the real user room while a spray of guesses soon waits minutes.
 */
const accountLimiter: SignInLimiter = (globalForLimiter.claimtrailAccountLimiter ??= createSignInLimiter({ freeFailures: 20 }));

/**
 * Password checks allowed at once, whoever asks: each is an scrypt run (~0.3 s, 128 MiB) on Node's
 * threadpool (4 threads by default, shared with fs, dns and zlib). 8 in flight is 2 per thread:
 * far above a newsroom's sign-in rate, and under a flood of unknown-email attempts other threadpool
 * work waits behind at most ~one scrypt run instead of an unbounded queue. The rest get a 429.
 */
const MAX_CONCURRENT_VERIFICATIONS = 8;
/** Retry-After for a refusal because the verifications are all taken: about 3 scrypt runs. */
const BUSY_RETRY_MS = 1_000;
const verifications = (globalForLimiter.claimtrailVerifications ??= { inFlight: 0 });

export type SignInResult =
  | { ok: true; user: AuthUser; token: string; expiresAt: Date }
  | { ok: false; status: 401 | 422 | 429; message: string; retryAfterSeconds?: number };

/**
 * Checks an email and password and starts a session: shared by the sign-in page and
 * POST /api/session. Failed attempts are rate limited per (email, IP) and per email; each attempt
 * counts as a failure until its password checks out, so parallel guesses are limited too.
 */
export async function signIn(db: Db, input: { email: unknown; password: unknown }, clientIp: string): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, status: 422, message: "Enter your email address and password." };
  const { email, password } = parsed.data;
  const guards = [
    { limiter: signInLimiter, key: signInKey(email, clientIp) },
    { limiter: accountLimiter, key: signInKey(email, "*") },
  ];
  const tooMany = (retryAfterMs: number): SignInResult => {
    const retryAfterSeconds = Math.ceil(retryAfterMs / 1000);
    return { ok: false, status: 429, message: `Too many failed sign-ins for this account: try again in ${retryAfterSeconds} s.`, retryAfterSeconds };
  };
  // Everything up to the first await runs at once (no other sign-in can interleave), so the checks,
  // the slot and the up-front failures below are one step: parallel guesses see each other's count.
  for (const { limiter, key } of guards) {
    const decision = limiter.check(key);
    if (!decision.isAllowed) return tooMany(decision.retryAfterMs);
  }
  if (verifications.inFlight >= MAX_CONCURRENT_VERIFICATIONS) return tooMany(BUSY_RETRY_MS);
  // Count the attempt as a failure before the slow check; a success clears it again.
  const reservations = guards.map(({ limiter, key }) => limiter.recordFailure(key));
  verifications.inFlight += 1;
  let user: AuthUser | null;
  try {
    user = await authenticateUser(db, email, password);
  } finally {
    verifications.inFlight -= 1;
  }
  if (!user) {
    // 429 when this attempt's own failure locked a key (a parallel one's lock does not change the
    // answer to a guess that was checked). That lock runs again from now, so the wait reported is
    // the full wait whatever the check took; at least 1 s, the shortest lock.
    const lockedKeys = guards.filter((_guard, index) => reservations[index]?.isAllowed === false);
    if (lockedKeys.length > 0) {
      const remainingMs = lockedKeys.map(({ limiter, key }) => {
        const decision = limiter.restartLock(key);
        return decision.isAllowed ? 0 : decision.retryAfterMs;
      });
      return tooMany(Math.max(1_000, ...remainingMs));
    }
    return { ok: false, status: 401, message: "That email and password do not match an active account." };
  }
  for (const { limiter, key } of guards) limiter.recordSuccess(key);
  const session = await createSession(db, user.id);
  return { ok: true, user, ...session };
}
