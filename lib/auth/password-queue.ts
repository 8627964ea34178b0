/**
 * One bounded queue for every password hash (sign-in, first-run setup, user creation, password
 * changes): each is an scrypt run of ~0.3 s and 128 MiB on Node's threadpool. Unbounded, 60
 * anonymous posts made a real sign-in wait 17 s and took the process to 1.95 GB. Here a few run at
 * once, a few more wait, each address holds only a small share of the places, and the rest are
 * told to come back (PasswordQueueBusyError → 429 / 503 with Retry-After).
 */
export interface PasswordQueueOptions {
  /** Hashes running at once: one per core of a 2-core server; memory stays at 2 × 128 MiB. */
  concurrency?: number;
  /** Hashes waiting: 16 behind 2 running is a wait of at most ~2.4 s (16 / 2 × 0.3 s). */
  maxWaiting?: number;
  /** Places (running or waiting) one address may hold: a person signs in once; 2 allows a retry. */
  maxPerAddress?: number;
}

export class PasswordQueueBusyError extends Error {
  constructor(
    readonly reason: "full" | "address",
    readonly retryAfterSeconds: number,
  ) {
    super(reason === "full" ? "The server is checking many passwords right now: try again in a moment." : "Too many password checks from your address at once: wait for the first to finish.");
    this.name = "PasswordQueueBusyError";
  }
}

export interface PasswordQueue {
  /** Runs `job` (one hash) for `address` when a place is free; throws PasswordQueueBusyError at once when none is. */
  run<T>(address: string, job: () => Promise<T>): Promise<T>;
  stats(): { running: number; waiting: number; started: number; refused: number };
}

/** A refused caller may retry after about the time the queue needs to drain (rounded up to 1 s). */
const RETRY_AFTER_SECONDS = 1;

export function createPasswordQueue({ concurrency = 2, maxWaiting = 16, maxPerAddress = 2 }: PasswordQueueOptions = {}): PasswordQueue {
  const waiting: (() => void)[] = [];
  const perAddress = new Map<string, number>();
  let running = 0;
  let started = 0;
  let refused = 0;

  const next = () => {
    while (running < concurrency && waiting.length > 0) waiting.shift()!();
  };

  return {
    async run<T>(address: string, job: () => Promise<T>): Promise<T> {
      const held = perAddress.get(address) ?? 0;
      if (held >= maxPerAddress) {
        refused += 1;
        throw new PasswordQueueBusyError("address", RETRY_AFTER_SECONDS);
      }
      if (running >= concurrency && waiting.length >= maxWaiting) {
        refused += 1;
        throw new PasswordQueueBusyError("full", RETRY_AFTER_SECONDS);
      }
      perAddress.set(address, held + 1);
      try {
        if (running >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
        running += 1;
        started += 1;
        try {
          return await job();
        } finally {
          running -= 1;
          next();
        }
      } finally {
        const left = (perAddress.get(address) ?? 1) - 1;
        if (left <= 0) perAddress.delete(address);
        else perAddress.set(address, left);
      }
    },
    stats: () => ({ running, waiting: waiting.length, started, refused }),
  };
}

const globalForQueue = globalThis as unknown as { claimtrailPasswordQueue?: PasswordQueue };
/** The process-wide queue every password hash goes through. */
export const passwordQueue: PasswordQueue = (globalForQueue.claimtrailPasswordQueue ??= createPasswordQueue());
