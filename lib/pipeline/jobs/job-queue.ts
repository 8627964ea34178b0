import { dialectOf, type Db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type JobKind, type JobPhase, type JobState } from "./job-kinds";

/** A job as the queue hands it out. */
export interface JobRecord {
  id: string;
  kind: JobKind;
  storyId: string | null;
  payload: Record<string, unknown>;
  state: JobState;
  phase: JobPhase | null;
  progressDone: number;
  progressTotal: number;
  error: string | null;
  attempts: number;
  maxAttempts: number;
  createdAt: Date;
  heartbeatAt: Date | null;
}

export interface EnqueueJobInput {
  kind: JobKind;
  storyId: string | null;
  payload?: Record<string, unknown>;
  createdById?: string | null;
  maxAttempts?: number;
}

/**
 * The job interface. On SQLite it is createDbJobQueue (run in-process, or by `npm run worker`
 * polling); on PostgreSQL createBossJobQueue (boss-job-queue.ts): the same Job table, with each
 * enqueued job also handed to pg-boss for delivery to a worker. createJobQueue picks one.
 */
export interface JobQueue {
  /** Stores a queued job. Returns the job. */
  enqueue(input: EnqueueJobInput): Promise<JobRecord>;
  /**
   * Takes the oldest runnable job (or the one `id` names): queued, or running with a heartbeat
   * older than the stale limit (its process died). It becomes running with one more attempt; null
   * when there is none. Two runners never get the same job.
   */
  claim(options?: { id?: string }): Promise<JobRecord | null>;
  /** Progress and phase of a running job; also its heartbeat. */
  reportProgress(id: string, progress: { phase?: JobPhase; done?: number; total?: number }): Promise<void>;
  /** The heartbeat alone (a timer calls it while the job works). */
  heartbeat(id: string): Promise<void>;
  complete(id: string, result: Record<string, unknown>): Promise<void>;
  /** Records the failure; the job is queued again while attempts remain, unless `isFinal`. Returns its new state. */
  fail(id: string, error: string, options?: { isFinal?: boolean }): Promise<JobState>;
  get(id: string): Promise<JobRecord | null>;
}

/**
 * A running job whose heartbeat is this old was lost with its process. The runner beats every
 * HEARTBEAT_MS; 60 s is twelve missed beats, more than a loaded 2-core machine delays a timer
 * (the engine runs on worker threads, so the job's own thread stays free to beat).
 */
export const STALE_AFTER_MS = 60_000;
/** How often a running job's heartbeat moves. */
export const HEARTBEAT_MS = 5_000;
/**
 * A progress or heartbeat write made while the job may hold a write transaction of its own (an
 * import job's articles and analysis are one). On SQLite it goes through an interactive
 * transaction, which the app's client runs on its writer connection (lib/db.ts): it then waits
 * for the job's transaction asynchronously (Prisma's maxWait, then it fails and is dropped: the
 * next one lands). A plain write would go through the reader connection and wait for SQLite's
 * lock inside better-sqlite3, synchronously: the event loop stops, the job's transaction with it,
 * until the busy timeout (measured: 30 s per write, an import job of 2 articles took 60 s).
 */
async function writeBeside(db: Db, write: (client: Db | Tx) => Promise<unknown>): Promise<void> {
  if (dialectOf(db) === "sqlite") await db.$transaction(async (tx) => write(tx));
  else await write(db);
}

/** Attempts before a job is failed for good: a crash or a story changed under it gets two more tries. */
export const DEFAULT_MAX_ATTEMPTS = 3;

const SELECT = {
  id: true,
  kind: true,
  storyId: true,
  payload: true,
  state: true,
  phase: true,
  progressDone: true,
  progressTotal: true,
  error: true,
  attempts: true,
  maxAttempts: true,
  createdAt: true,
  heartbeatAt: true,
} satisfies Prisma.JobSelect;

type JobRow = Prisma.JobGetPayload<{ select: typeof SELECT }>;
const toRecord = (row: JobRow): JobRecord => ({ ...row, kind: row.kind as JobKind, state: row.state as JobState, phase: row.phase as JobPhase | null, payload: (row.payload ?? {}) as Record<string, unknown> });

/**
 * The job queue on the app's own database (SQLite by default) through Prisma. Each call is one
 * short statement or transaction; claiming is a compare-and-set on the row's state and heartbeat,
 * so two runners (the server and a CLI) never run the same job at once.
 */
export function createDbJobQueue(db: Db, options: { staleAfterMs?: number; now?: () => Date } = {}): JobQueue {
  const staleAfterMs = options.staleAfterMs ?? STALE_AFTER_MS;
  const now = options.now ?? (() => new Date());
  return {
    async enqueue(input) {
      const row = await db.job.create({
        data: { kind: input.kind, storyId: input.storyId, payload: (input.payload ?? {}) as Prisma.InputJsonValue, createdById: input.createdById ?? null, maxAttempts: input.maxAttempts ?? DEFAULT_MAX_ATTEMPTS },
        select: SELECT,
      });
      return toRecord(row);
    },
    async claim(claimOptions = {}) {
      for (;;) {
        const at = now();
        const staleBefore = new Date(at.getTime() - staleAfterMs);
        const runnable: Prisma.JobWhereInput = { OR: [{ state: "queued" }, { state: "running", OR: [{ heartbeatAt: null }, { heartbeatAt: { lt: staleBefore } }] }] };
        const candidate = await db.job.findFirst({ where: { ...runnable, ...(claimOptions.id ? { id: claimOptions.id } : {}) }, orderBy: { createdAt: "asc" }, select: SELECT });
        if (!candidate) return null;
        if (candidate.attempts >= candidate.maxAttempts) {
          // Lost with its process on its last attempt: failed for good.
          await db.job.updateMany({ where: { id: candidate.id, state: candidate.state, attempts: candidate.attempts }, data: { state: "failed", finishedAt: at, error: candidate.error ?? "the process running it stopped" } });
          if (claimOptions.id) return null;
          continue;
        }
        // Compare-and-set: only the runner whose update still sees the row as it was read wins.
        const { count } = await db.job.updateMany({
          where: { id: candidate.id, state: candidate.state, attempts: candidate.attempts },
          data: {
            state: "running",
            attempts: { increment: 1 },
            startedAt: at,
            heartbeatAt: at,
            finishedAt: null,
            // Taken over from a runner gone quiet: say so, as a failed attempt would.
            ...(candidate.state === "running" ? { error: `attempt ${candidate.attempts} stopped: no heartbeat for ${Math.round(staleAfterMs / 1000)} s` } : {}),
          },
        });
        if (count === 1) return toRecord({ ...candidate, state: "running", attempts: candidate.attempts + 1, heartbeatAt: at });
        if (claimOptions.id) return null;
      }
    },
    async reportProgress(id, progress) {
      await writeBeside(db, (client) =>
        client.job.updateMany({
          where: { id, state: "running" },
          data: { heartbeatAt: now(), ...(progress.phase ? { phase: progress.phase } : {}), ...(progress.done !== undefined ? { progressDone: progress.done } : {}), ...(progress.total !== undefined ? { progressTotal: progress.total } : {}) },
        }),
      );
    },
    async heartbeat(id) {
      await writeBeside(db, (client) => client.job.updateMany({ where: { id, state: "running" }, data: { heartbeatAt: now() } }));
    },
    async complete(id, result) {
      // `error` stays: on a job that succeeded on a later attempt it says why the earlier one failed.
      await db.job.update({ where: { id }, data: { state: "succeeded", finishedAt: now(), result: result as Prisma.InputJsonValue } });
    },
    async fail(id, error, failOptions = {}) {
      const job = await db.job.findUniqueOrThrow({ where: { id }, select: { attempts: true, maxAttempts: true } });
      const state: JobState = job.attempts < job.maxAttempts && !failOptions.isFinal ? "queued" : "failed";
      await db.job.update({ where: { id }, data: { state, error, heartbeatAt: null, ...(state === "failed" ? { finishedAt: now() } : {}) } });
      return state;
    },
    async get(id) {
      const row = await db.job.findUnique({ where: { id }, select: SELECT });
      return row ? toRecord(row) : null;
    },
  };
}
