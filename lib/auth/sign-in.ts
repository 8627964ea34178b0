import type { Db } from "@/lib/db";
import { signInSchema } from "@/lib/validation/user";
import { authenticateUser } from "./authenticate-user";
import { passwordQueue as appPasswordQueue, PasswordQueueBusyError, type PasswordQueue } from "./password-queue";
import { clearSignInFailures, reserveSignInAttempt, signInLimiters as appLimiters, type SignInLimiters } from "./rate-limit";
import { createSession, type AuthUser } from "./sessions";

export type SignInResult =
  | { ok: true; user: AuthUser; token: string; expiresAt: Date }
  | { ok: false; status: 401 | 422 | 429; message: string; retryAfterSeconds?: number };

/** The process-wide limiters and password queue, replaceable in tests. */
export interface SignInGuards {
  limiters: SignInLimiters;
  queue: PasswordQueue;
}

/**
 * Checks an email and password and starts a session: shared by the sign-in page and
 * POST /api/session. Each attempt reserves a failure (per account and address, per address, per
 * account) before its password is checked, so parallel guesses are limited too; a right password
 * gives it back. The check itself waits in the one password queue (lib/auth/password-queue.ts).
 */
export async function signIn(db: Db, input: { email: unknown; password: unknown }, clientIp: string, guards: SignInGuards = { limiters: appLimiters, queue: appPasswordQueue }): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, status: 422, message: "Enter your email address and password." };
  const { email, password } = parsed.data;
  const tooMany = (retryAfterMs: number, message?: string): SignInResult => {
    const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    return { ok: false, status: 429, message: message ?? `Too many failed sign-ins for this account from your address: try again in ${retryAfterSeconds} s.`, retryAfterSeconds };
  };
  const { decision, release } = await reserveSignInAttempt(guards.limiters, email, clientIp);
  if (!decision.isAllowed) return tooMany(decision.retryAfterMs);
  let user: AuthUser | null;
  try {
    user = await guards.queue.run(clientIp, () => authenticateUser(db, email, password));
  } catch (error) {
    await release(); // never checked: not a guess
    if (error instanceof PasswordQueueBusyError) return tooMany(error.retryAfterSeconds * 1000, error.message);
    throw error;
  }
  if (!user) return { ok: false, status: 401, message: "That email and password do not match an active account." };
  await clearSignInFailures(guards.limiters, email, clientIp);
  const session = await createSession(db, user.id);
  return { ok: true, user, ...session };
}
