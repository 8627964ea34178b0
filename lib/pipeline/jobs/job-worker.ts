import type { Db } from "@/lib/db";
import { dialectOfUrl } from "@/lib/db-dialect";
import { BOSS_QUEUE, bossPayloadSchema, createBossJobQueue, getBoss, stopBoss, type DeliveryOptions } from "./boss-job-queue";
import { createDbJobQueue, STALE_AFTER_MS } from "./job-queue";
import { runJob, runJobAttempt, type RunJobOptions } from "./run-jobs";

export interface JobWorkerOptions {
  db: Db;
  /** The database `db` is on (DATABASE_URL): its scheme picks pg-boss or polling. */
  url: string;
  /** Jobs run at once (`npm run worker`: one per core; the server's in-process worker: 1). */
  concurrency: number;
  /** How a resumed job is delivered (tests shorten the delays). */
  delivery?: DeliveryOptions;
  /** Passed to each job (tests: small stage chunks). */
  run?: Omit<RunJobOptions, "queue">;
  log?: (line: string) => void;
}

export interface JobWorker {
  /** Stops taking jobs and waits up to `timeoutMs` for the running ones to end. */
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * How often a worker looks for jobs whose process died (running, heartbeat older than
 * STALE_AFTER_MS): every 15 s, as the server's runner does, so such a job resumes within ~75 s.
 */
export const SWEEP_MS = 15_000;
/** SQLite has no delivery to wait on: an idle worker looks at the Job table this often. */
const POLL_MS = 1_000;
/**
 * How often an idle pg-boss worker asks for a job (pg-boss's default, 2 s): a new job starts
 * within ~2 s, and each poll is one indexed statement.
 */
const BOSS_POLL_SECONDS = 2;

/**
 * Runs jobs until stopped, `concurrency` at a time. On PostgreSQL each pg-boss delivery is one
 * attempt at its Job row (runJobAttempt: the row's compare-and-set claim, then runJob); an attempt
 * that fails throws, so pg-boss retries it after its delay. On SQLite, loops poll the Job table
 * (claim, as runQueuedJobs does), which also resumes dead processes' jobs (stale heartbeat).
 */
export async function startJobWorker(options: JobWorkerOptions): Promise<JobWorker> {
  return dialectOfUrl(options.url) === "postgresql" ? startBossWorker(options) : startPollingWorker(options);
}

async function startBossWorker({ db, url, concurrency, delivery, run, log = console.log }: JobWorkerOptions): Promise<JobWorker> {
  const boss = await getBoss(url);
  const queue = createBossJobQueue(db, boss, delivery);
  // pg-boss 10 runs one handler at a time per `work` call: one call per slot.
  for (let slot = 0; slot < concurrency; slot += 1) {
    await boss.work(BOSS_QUEUE, { batchSize: 1, pollingIntervalSeconds: BOSS_POLL_SECONDS }, async ([delivered]) => {
      if (!delivered) return;
      const parsed = bossPayloadSchema.safeParse(delivered.data);
      if (!parsed.success) {
        // Not ours to run; completing it keeps it from being retried forever.
        log(`worker: ignored pg-boss job ${delivered.id}: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`);
        return { ignored: true };
      }
      const { jobId } = parsed.data;
      const before = await queue.get(jobId);
      if (!before) return { missing: true }; // deleted with its story
      // Ended already (a CLI ran it, or this is a duplicate delivery): nothing to do, nothing to retry.
      if (before.state === "succeeded" || before.state === "failed") return { state: before.state, isEndedBefore: true };
      const outcome = await runJobAttempt(db, jobId, { ...run, queue });
      log(`worker: job ${jobId} ${outcome.state}${outcome.error ? `: ${outcome.error}` : ""}`);
      // pg-boss retries a thrown attempt (its retry count matches the row's attempts left).
      if (outcome.state !== "succeeded") throw new Error(outcome.error ?? outcome.state);
      return { state: outcome.state };
    });
  }

  // A job whose process died (SIGKILL, power loss) holds its row with a heartbeat going stale;
  // deliver it again now rather than when pg-boss's expiry notices (EXPIRE_IN_SECONDS).
  const sweep = async () => {
    const staleBefore = new Date(Date.now() - STALE_AFTER_MS);
    const lost = await db.job.findMany({ where: { state: "running", OR: [{ heartbeatAt: null }, { heartbeatAt: { lt: staleBefore } }] }, select: { id: true, maxAttempts: true } });
    for (const job of lost) {
      if (await queue.deliver(job.id, job.maxAttempts, { isResume: true })) log(`worker: job ${job.id} lost its process (no heartbeat for ${STALE_AFTER_MS / 1000} s): delivered again`);
    }
  };
  const runSweep = () => void sweep().catch((error: unknown) => console.error("worker sweep:", error));
  runSweep();
  const timer = setInterval(runSweep, SWEEP_MS);
  timer.unref();
  return {
    async stop(timeoutMs = 30_000) {
      clearInterval(timer);
      await stopBoss(url, timeoutMs);
    },
  };
}

async function startPollingWorker({ db, concurrency, run, log = console.log }: JobWorkerOptions): Promise<JobWorker> {
  const queue = createDbJobQueue(db);
  let isStopped = false;
  const sleepers = new Set<() => void>();
  const pause = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, POLL_MS);
      sleepers.add(done);
    });
  // runQueuedJobs's loop, one job at a time so that a stop is noticed between jobs.
  const loop = async () => {
    while (!isStopped) {
      try {
        const job = await queue.claim();
        if (job) {
          const outcome = await runJob(db, queue, job, run);
          log(`worker: job ${job.id} ${outcome.state}${outcome.error ? `: ${outcome.error}` : ""}`);
          continue;
        }
      } catch (error) {
        console.error("worker:", error);
      }
      if (!isStopped) await pause();
    }
  };
  const loops = Array.from({ length: concurrency }, loop);
  return {
    async stop(timeoutMs = 30_000) {
      isStopped = true;
      for (const wake of [...sleepers]) wake();
      // A job still running after the wait is left to the next runner (its heartbeat goes stale).
      await Promise.race([Promise.all(loops), new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
    },
  };
}
