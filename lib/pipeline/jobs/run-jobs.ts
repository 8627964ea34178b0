import type { Db } from "@/lib/db";
import type { JobKind, JobPhase, JobState } from "./job-kinds";
import { createDbJobQueue, HEARTBEAT_MS, type JobQueue, type JobRecord } from "./job-queue";
import { dropStageStories } from "../store/analysis/write-claims-ahead";
import { FinalJobError } from "./final-job-error";
import { runImportJob } from "./run-import-job";
import { runStoryAnalysisJob } from "./run-story-analysis-job";

/** Told of every step of a job; a throw fails the attempt (tests use it to crash a job mid-way). */
export type JobObserver = (job: JobRecord, phase: JobPhase, done: number, total: number) => void | Promise<void>;

export interface RunJobOptions {
  queue?: JobQueue;
  observe?: JobObserver;
  /** Articles per staged chunk of an analysis job (tests use small ones; default STAGE_ARTICLES_PER_CHUNK). */
  articlesPerChunk?: number;
}

type JobHandler = (db: Db, job: JobRecord, options: { onProgress: (phase: JobPhase, done: number, total: number) => Promise<void>; articlesPerChunk?: number }) => Promise<Record<string, unknown>>;

/** What runs each kind (a new kind without a handler fails to compile). */
const HANDLERS: Record<JobKind, JobHandler> = {
  "story.reanalyze": async (db, job, options) => ({ ...(await runStoryAnalysisJob(db, job, options)) }),
  "story.set-reference": async (db, job, options) => ({ ...(await runStoryAnalysisJob(db, job, options)) }),
  "story.import": async (db, job, options) => ({ ...(await runImportJob(db, job, options)) }),
};

/**
 * Progress is written at most this often (and at every phase change and the end): each write is a
 * tiny transaction, and the page that shows it reloads every few seconds anyway.
 */
const PROGRESS_EVERY_MS = 500;

export interface JobOutcome {
  state: JobState;
  result?: Record<string, unknown>;
  error?: string;
}

/** Runs one claimed job to its end: succeeded, or failed (queued again while attempts remain). */
export async function runJob(db: Db, queue: JobQueue, job: JobRecord, options: Omit<RunJobOptions, "queue"> = {}): Promise<JobOutcome> {
  const { observe } = options;
  const beat = setInterval(() => void queue.heartbeat(job.id).catch(() => undefined), HEARTBEAT_MS);
  beat.unref();
  let lastWrite = 0;
  let lastPhase: JobPhase | null = null;
  const onProgress = async (phase: JobPhase, done: number, total: number) => {
    await observe?.(job, phase, done, total);
    const now = Date.now();
    if (phase === lastPhase && done < total && now - lastWrite < PROGRESS_EVERY_MS) return;
    lastWrite = now;
    lastPhase = phase;
    await queue.reportProgress(job.id, { phase, done, total });
  };
  try {
    const result = await HANDLERS[job.kind](db, job, { onProgress, articlesPerChunk: options.articlesPerChunk });
    await queue.complete(job.id, result);
    return { state: "succeeded", result };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A job that can never succeed (the input is refused) is not tried again.
    const state = await queue.fail(job.id, message, { isFinal: error instanceof FinalJobError });
    // The operator's record of why a job ran again (the row keeps the last failure's message too).
    console.error(`job ${job.id} (${job.kind}) attempt ${job.attempts} of ${job.maxAttempts} failed${state === "queued" ? ", queued again" : " for good"}: ${message}`);
    // Failed for good: what it staged will never be switched in (a retry would have reused it).
    if (state === "failed") {
      await db.analysisStage.deleteMany({ where: { jobId: job.id } });
      // And the rows it wrote ahead under a stage story, which nobody will move in either.
      if (job.storyId) await dropStageStories(db, job.storyId, job.id, []);
    }
    return { state, error: message };
  } finally {
    clearInterval(beat);
  }
}

/** Pause between looks at a job another process is running. */
const WAIT_POLL_MS = 250;

/**
 * One attempt at the job `id`: claims it and runs it, or — while another process holds it with a
 * live heartbeat (a CLI, another worker) — waits for that process to finish it, taking it over if
 * its heartbeat goes stale. Returns `queued` when the attempt failed with attempts left.
 */
export async function runJobAttempt(db: Db, id: string, options: RunJobOptions = {}): Promise<JobOutcome> {
  const queue = options.queue ?? createDbJobQueue(db);
  for (;;) {
    const job = await queue.claim({ id });
    if (job) return runJob(db, queue, job, options);
    const current = await queue.get(id);
    if (!current) throw new Error(`there is no job ${id}`);
    if (current.state === "succeeded") return { state: "succeeded", result: (await db.job.findUniqueOrThrow({ where: { id }, select: { result: true } })).result as Record<string, unknown> };
    if (current.state === "failed") return { state: "failed", error: current.error ?? "failed" };
    await new Promise((resolve) => setTimeout(resolve, WAIT_POLL_MS));
  }
}

/**
 * Runs the job `id` until it succeeds or fails for good (the CLI's way: enqueue, then run here).
 * When another process holds it (the server's runner, a worker), waits for that process to finish it.
 */
export async function runJobToEnd(db: Db, id: string, options: RunJobOptions = {}): Promise<JobOutcome> {
  const queue = options.queue ?? createDbJobQueue(db);
  for (;;) {
    const outcome = await runJobAttempt(db, id, { ...options, queue });
    if (outcome.state !== "queued") return outcome;
  }
}

/**
 * Runs queued jobs (and running ones whose process died: stale heartbeat) one after another until
 * none is left. Returns how many ran.
 */
export async function runQueuedJobs(db: Db, options: RunJobOptions = {}): Promise<number> {
  const queue = options.queue ?? createDbJobQueue(db);
  let count = 0;
  for (let job = await queue.claim(); job; job = await queue.claim()) {
    await runJob(db, queue, job, options);
    count += 1;
  }
  return count;
}

const globalForRunner = globalThis as unknown as { claimtrailJobDrain?: Promise<number> | null; claimtrailJobTimer?: NodeJS.Timeout };

/**
 * Wakes this process's runner: runs queued jobs in the background unless it already is (then the
 * running drain picks the new job up). Never throws; a failed job is recorded on its row.
 */
export function kickJobRunner(db: Db): void {
  if (globalForRunner.claimtrailJobDrain) return;
  globalForRunner.claimtrailJobDrain = runQueuedJobs(db)
    .catch((error: unknown) => {
      console.error("job runner:", error);
      return 0;
    })
    .finally(() => {
      globalForRunner.claimtrailJobDrain = null;
    });
}

/**
 * How often the server looks for work nobody kicked: jobs queued by a CLI, or jobs whose process
 * died (their heartbeat goes stale after STALE_AFTER_MS, so a sweep every 15 s resumes them within
 * about 75 s of the crash).
 */
const SWEEP_MS = 15_000;

/** The server's in-process runner: resumes interrupted jobs at start, then sweeps every SWEEP_MS. */
export function startJobRunner(db: Db): () => void {
  kickJobRunner(db);
  clearInterval(globalForRunner.claimtrailJobTimer);
  const timer = setInterval(() => kickJobRunner(db), SWEEP_MS);
  timer.unref();
  globalForRunner.claimtrailJobTimer = timer;
  return () => clearInterval(timer);
}
