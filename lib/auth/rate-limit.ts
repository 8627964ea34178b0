import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { getEnv } from "@/lib/config/env";
import { dialectOfUrl } from "@/lib/db-dialect";
import { SIGN_IN_LIMIT_TABLE } from "./sign-in-limit-table";

/**
 * Failed sign-ins, counted by rate-limiter-flexible. Three counters, all of failures in a window:
 *
 * - per (account, address): the guesses one address makes at one account;
 * - per address: one address spraying many accounts;
 * - per account, whatever the address: an account under attack from many addresses. This one
 *   never refuses an address that has not failed on the account: it refuses only addresses that
 *   already guessed wrong there. So rotating addresses cannot lock the real user out, and the
 *   attacker still gets one guess per fresh address at most while the account is under attack.
 *
 * On SQLite the counters are in memory (one process; a restart forgets them). On PostgreSQL they
 * live in the database (RateLimiterPostgres, table SIGN_IN_LIMIT_TABLE), shared by every instance:
 * five failures spread over two instances count as five on one.
 */
export interface SignInLimiters {
  byAccountAndAddress: RateLimiterAbstract;
  byAddress: RateLimiterAbstract;
  byAccount: RateLimiterAbstract;
}

/** One failure costs one point. */
const FAILURE = 1;

/** The three counters' windows, whatever the store. */
const LIMITS = {
  // 5 failures in 15 minutes from one address on one account: enough for typos (OWASP suggests
  // 3–10), then that address waits out the window.
  byAccountAndAddress: { keyPrefix: "pair", points: 5, duration: 15 * 60 },
  // 30 failures an hour from one address across accounts: a shared office NAT with a few typing
  // colleagues stays under it; a sprayer meets it after 30 guesses.
  byAddress: { keyPrefix: "ip", points: 30, duration: 60 * 60 },
  // 20 failures an hour on one account from anywhere: past it the account is "under attack" and
  // every address that has failed on it waits out the hour (a fresh address is still let in).
  byAccount: { keyPrefix: "account", points: 20, duration: 60 * 60 },
} as const satisfies Record<keyof SignInLimiters, { keyPrefix: string; points: number; duration: number }>;

export function createMemorySignInLimiters(): SignInLimiters {
  return {
    byAccountAndAddress: new RateLimiterMemory(LIMITS.byAccountAndAddress),
    byAddress: new RateLimiterMemory(LIMITS.byAddress),
    byAccount: new RateLimiterMemory(LIMITS.byAccount),
  };
}

/** Counters in the PostgreSQL database at `url`, shared by every instance using it (table must exist). */
export function createPostgresSignInLimiters(url: string): SignInLimiters & { close(): Promise<void> } {
  // A small pool of its own: sign-ins are rare, and Prisma's pool stays for the pages.
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const limiter = (limits: (typeof LIMITS)[keyof typeof LIMITS]) =>
    new RateLimiterPostgres({ ...limits, storeClient: pool, storeType: "pool", tableName: SIGN_IN_LIMIT_TABLE, tableCreated: true });
  return {
    byAccountAndAddress: limiter(LIMITS.byAccountAndAddress),
    byAddress: limiter(LIMITS.byAddress),
    byAccount: limiter(LIMITS.byAccount),
    close: () => pool.end(),
  };
}

const globalForLimiters = globalThis as unknown as { claimtrailSignInLimiters?: SignInLimiters };
/** The process-wide limiters shared by the sign-in page and POST /api/session: in the database on PostgreSQL, in memory on SQLite. */
export const signInLimiters: SignInLimiters = (globalForLimiters.claimtrailSignInLimiters ??=
  dialectOfUrl(getEnv().DATABASE_URL) === "postgresql" ? createPostgresSignInLimiters(getEnv().DATABASE_URL) : createMemorySignInLimiters());

export type LimitDecision = { isAllowed: true } | { isAllowed: false; retryAfterMs: number };

/** The keys of one attempt. */
export function signInKeys(email: string, clientIp: string): { pair: string; address: string; account: string } {
  const account = email.trim().toLowerCase();
  return { pair: `${account}|${clientIp}`, address: clientIp, account };
}

/**
 * Whether a rejection is the limiter saying "over the limit" (a RateLimiterRes) rather than a store
 * error. By shape, not instanceof: a bundler may load the package twice (Next's server bundle did).
 */
function isLimitReached(error: unknown): error is RateLimiterRes {
  return error instanceof RateLimiterRes || (typeof error === "object" && error !== null && typeof (error as RateLimiterRes).msBeforeNext === "number");
}

/** Points used in the window (0 when the key is unknown or expired). */
async function usedPoints(limiter: RateLimiterAbstract, key: string): Promise<RateLimiterRes | null> {
  return limiter.get(key);
}

/**
 * Reserves one failure for an attempt before its password is checked, so parallel guesses see
 * each other. Refused (with the wait) when this address is over its share on the account or
 * overall, or when the account is under attack and this address has already failed on it.
 * Returns a release to call when the password turns out right (or the check never ran).
 */
export async function reserveSignInAttempt(limiters: SignInLimiters, email: string, clientIp: string): Promise<{ decision: LimitDecision; release: () => Promise<void> }> {
  const keys = signInKeys(email, clientIp);
  const [pairBefore, account] = await Promise.all([usedPoints(limiters.byAccountAndAddress, keys.pair), usedPoints(limiters.byAccount, keys.account)]);
  const hasFailedHere = (pairBefore?.consumedPoints ?? 0) > 0;
  if (hasFailedHere && account && account.consumedPoints >= limiters.byAccount.points) {
    return { decision: { isAllowed: false, retryAfterMs: account.msBeforeNext }, release: async () => undefined };
  }
  const taken: [RateLimiterAbstract, string][] = [];
  const release = async () => {
    await Promise.all(taken.map(([limiter, key]) => limiter.reward(key, FAILURE)));
  };
  for (const [limiter, key] of [
    [limiters.byAddress, keys.address],
    [limiters.byAccountAndAddress, keys.pair],
  ] as const) {
    try {
      await limiter.consume(key, FAILURE);
      taken.push([limiter, key]);
    } catch (error) {
      if (!isLimitReached(error)) throw error;
      // consume counted the refused point too: give it back, it was not a guess.
      await limiter.reward(key, FAILURE);
      await release();
      return { decision: { isAllowed: false, retryAfterMs: error.msBeforeNext }, release: async () => undefined };
    }
  }
  // The account counter never refuses by itself (see above); past its points it only marks the account.
  await limiters.byAccount.consume(keys.account, FAILURE).catch((error: unknown) => {
    if (!isLimitReached(error)) throw error;
  });
  taken.push([limiters.byAccount, keys.account]);
  return { decision: { isAllowed: true }, release };
}

/** After a right password: this address starts afresh on the account. */
export async function clearSignInFailures(limiters: SignInLimiters, email: string, clientIp: string): Promise<void> {
  const keys = signInKeys(email, clientIp);
  await Promise.all([limiters.byAccountAndAddress.delete(keys.pair), limiters.byAddress.reward(keys.address, FAILURE), limiters.byAccount.reward(keys.account, FAILURE)]);
}
