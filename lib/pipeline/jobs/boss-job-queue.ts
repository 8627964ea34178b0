import type PgBoss from "pg-boss";
import { z } from "zod";
import type { Db } from "@/lib/db";
import { createDbJobQueue, type JobQueue } from "./job-queue";

/**
 * Job delivery on PostgreSQL through pg-boss (10.x: the release line that supports Node 20; 11
 * needs Node 22). The `Job` table stays the job's visible state on both databases (the story page
 * reads it; claims are its compare-and-set): pg-boss only carries `{ jobId }` to a worker, retries
 * a failed attempt after a delay and re-delivers a delivery whose worker went silent. pg-boss keeps
 * its tables in a schema of its own (BOSS_SCHEMA), created by `boss.start()`, so Prisma's
 * migrations and drift check on `public` never see them.
 */

/** pg-boss's own schema (its default name, said once here). */
export const BOSS_SCHEMA = "pgboss";
/** The one pg-boss queue: every job kind goes through it (the Job row says what to run). */
export const BOSS_QUEUE = "claimtrail-jobs";

/**
 * A failed attempt is retried after this many seconds: long enough for a passing cause (a lock
 * timeout, a database restart) to clear, short enough that the story page's progress line does
 * not seem stuck.
 */
export const RETRY_DELAY_SECONDS = 5;
/**
 * A delivery still active after this long is taken to be lost with its worker and is delivered
 * again (a retry). 15 minutes is ~9× the longest job measured (a 1,000-article re-analysis, 101 s
 * on a loaded 2-core machine); a delivery that overruns anyway is harmless — its retry finds the
 * Job row held with a fresh heartbeat and waits for it. A worker that dies is found sooner by the
 * stale-heartbeat sweep (job-worker.ts), which delivers its job again at once.
 */
export const EXPIRE_IN_SECONDS = 15 * 60;

/** What a pg-boss job carries: the id of a Job row. Parsed on receipt: pg-boss's table is outside Prisma. */
export const bossPayloadSchema = z.object({ jobId: z.string().min(1).max(64) });
export type BossPayload = z.infer<typeof bossPayloadSchema>;

export interface DeliveryOptions {
  /** Default RETRY_DELAY_SECONDS. */
  retryDelaySeconds?: number;
  /** Default EXPIRE_IN_SECONDS (tests shorten it). */
  expireInSeconds?: number;
}

/**
 * Opens and starts pg-boss on `url`: creates or migrates its schema (idempotent; several processes
 * may start at once) and the queue. `supervise` runs its maintenance (expiry of lost deliveries,
 * archiving) in every process that starts it; pg-boss takes a lock so only one does at a time.
 */
export async function startBoss(url: string): Promise<PgBoss> {
  // Loaded here, not at start-up: ~60 ms that a process on SQLite never needs.
  const { default: PgBoss } = await import("pg-boss");
  const boss = new PgBoss({
    connectionString: url,
    schema: BOSS_SCHEMA,
    // Connections: fetching and completing are single short statements; a worker of N slots
    // polls with N, and the app's own work goes through Prisma's pool, not this one.
    max: 4,
    // Lost deliveries are noticed within a minute of their expiry (the default is 2 minutes).
    maintenanceIntervalSeconds: 60,
  });
  boss.on("error", (error: unknown) => console.error("pg-boss:", error instanceof Error ? error.message : error));
  await boss.start();
  await boss.createQueue(BOSS_QUEUE).catch((error: unknown) => {
    // Two processes creating it at once: the loser's insert conflicts; the queue exists.
    if (!/already exists|duplicate key/i.test(error instanceof Error ? error.message : String(error))) throw error;
  });
  return boss;
}

const globalForBoss = globalThis as unknown as { claimtrailBoss?: Map<string, Promise<PgBoss>> };

/** This process's pg-boss on `url`, started once (the server, a CLI: one per process). */
export function getBoss(url: string): Promise<PgBoss> {
  const all = (globalForBoss.claimtrailBoss ??= new Map());
  let boss = all.get(url);
  if (!boss) {
    boss = startBoss(url);
    all.set(url, boss);
    boss.catch(() => all.delete(url)); // a failed start is tried again next time
  }
  return boss;
}

/** Stops this process's pg-boss on `url` if one was started (waits up to `timeoutMs` for its handlers). */
export async function stopBoss(url: string, timeoutMs = 30_000): Promise<void> {
  const boss = globalForBoss.claimtrailBoss?.get(url);
  if (!boss) return;
  globalForBoss.claimtrailBoss?.delete(url);
  await (await boss).stop({ graceful: true, timeout: timeoutMs, wait: true });
}

/**
 * Workers sweep for lost jobs every 15 s; one resume delivery per job per minute is enough (a
 * worker claims it within seconds) and keeps several sweeping workers from piling up copies.
 */
const RESUME_SLOT_SECONDS = 60;

export interface BossJobQueue extends JobQueue {
  /**
   * Sends the job `jobId` to pg-boss (again, with `isResume`: a dead worker's job, found by a
   * sweep). False when pg-boss dropped it as a copy of a resume delivery sent in the same slot.
   */
  deliver(jobId: string, maxAttempts: number, options?: { isResume?: boolean }): Promise<boolean>;
}

/**
 * The job queue on PostgreSQL: the Job table's queue (createDbJobQueue) whose `enqueue` also hands
 * the job to pg-boss, and a `deliver` for sending an existing job again (a dead worker's). Claims,
 * progress, completion and failure are the Job table's, so both databases share one logic.
 */
export function createBossJobQueue(db: Db, boss: PgBoss, options: DeliveryOptions = {}): BossJobQueue {
  const rows = createDbJobQueue(db);
  const deliver = async (jobId: string, maxAttempts: number, deliverOptions: { isResume?: boolean } = {}) => {
    const payload: BossPayload = { jobId };
    const id = await boss.send(BOSS_QUEUE, payload, {
      // A resumed job is delivered at most once per RESUME_SLOT_SECONDS, however many workers sweep.
      ...(deliverOptions.isResume ? { singletonKey: `resume:${jobId}`, singletonSeconds: RESUME_SLOT_SECONDS } : {}),
      // pg-boss retries after the first attempt; the Job row counts the attempts (maxAttempts in all).
      retryLimit: Math.max(0, maxAttempts - 1),
      retryDelay: options.retryDelaySeconds ?? RETRY_DELAY_SECONDS,
      expireInSeconds: options.expireInSeconds ?? EXPIRE_IN_SECONDS,
    });
    return id !== null;
  };
  return {
    ...rows,
    deliver,
    async enqueue(input) {
      const job = await rows.enqueue(input);
      try {
        await deliver(job.id, job.maxAttempts);
      } catch (error) {
        // Undeliverable: say so on the row (no worker would ever take it) rather than leave it queued.
        const message = `could not hand the job to pg-boss: ${error instanceof Error ? error.message : String(error)}`;
        await db.job.update({ where: { id: job.id }, data: { state: "failed", error: message, finishedAt: new Date() } });
        throw new Error(message, { cause: error });
      }
      return job;
    },
  };
}
