import { classifyDbError } from "@/lib/db-errors";

export interface RetryWhenBusyOptions {
  /** Told once per wait, e.g. to print "database busy, waiting". */
  onWait?: (attempt: number, waitMs: number) => void;
  /**
   * Longest total wait before giving up: a server import of a large batch holds the write lock
   * for up to its transaction timeout (120 s), so 5 minutes outlasts any of them.
   */
  maxWaitMs?: number;
  /** First pause; doubles each time up to 10 s, so a long server import is polled a few times a minute. */
  firstDelayMs?: number;
}

/**
 * Runs a database job (all-or-nothing: a transaction), and while it fails only because another
 * process holds the write lock (SQLITE_BUSY, Prisma P1008/P2028), waits and runs it again. Any
 * other error, and the last busy error after `maxWaitMs`, is thrown as is. Nothing was written by
 * a failed attempt, so running it again is safe.
 */
export async function retryWhenBusy<T>(job: () => Promise<T>, { onWait, maxWaitMs = 5 * 60_000, firstDelayMs = 500 }: RetryWhenBusyOptions = {}): Promise<T> {
  let waited = 0;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await job();
    } catch (error) {
      if (classifyDbError(error)?.kind !== "busy" || waited >= maxWaitMs) throw error;
      const delay = Math.min(firstDelayMs * 2 ** (attempt - 1), 10_000, maxWaitMs - waited);
      onWait?.(attempt, delay);
      await new Promise((resolve) => setTimeout(resolve, delay));
      waited += delay;
    }
  }
}
