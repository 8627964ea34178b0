import type { Db } from "@/lib/db";
import { signInSchema } from "@/lib/validation/user";
import { authenticateUser } from "./authenticate-user";
import { createSignInLimiter, signInKey, signInLimiter, type SignInLimiter } from "./rate-limit";
import { createSession, type AuthUser } from "./sessions";

const globalForLimiter = globalThis as unknown as { claimtrailAccountLimiter?: SignInLimiter };
/**
 * A second, looser limit per account whatever the address: the per-(email, IP) limit alone could
 * be dodged by an attacker who varies X-Forwarded-For or owns many addresses. 20 free failures
 * leave the real user room while a spray of guesses soon waits minutes.
 */
const accountLimiter: SignInLimiter = (globalForLimiter.claimtrailAccountLimiter ??= createSignInLimiter({ freeFailures: 20 }));

export type SignInResult =
  | { ok: true; user: AuthUser; token: string; expiresAt: Date }
  | { ok: false; status: 401 | 422 | 429; message: string; retryAfterSeconds?: number };

/**
 * Checks an email and password and starts a session: shared by the sign-in page and
 * POST /api/session. Failed attempts are rate limited per (email, IP) and per email.
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
  for (const { limiter, key } of guards) {
    const decision = limiter.check(key);
    if (!decision.isAllowed) return tooMany(decision.retryAfterMs);
  }
  const user = await authenticateUser(db, email, password);
  if (!user) {
    const decisions = guards.map(({ limiter, key }) => limiter.recordFailure(key));
    const locked = decisions.flatMap((decision) => (decision.isAllowed ? [] : [decision.retryAfterMs]));
    if (locked.length > 0) return tooMany(Math.max(...locked));
    return { ok: false, status: 401, message: "That email and password do not match an active account." };
  }
  for (const { limiter, key } of guards) limiter.recordSuccess(key);
  const session = await createSession(db, user.id);
  return { ok: true, user, ...session };
}
