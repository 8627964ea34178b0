import type { Db } from "@/lib/db";
import { fingerprintStory, lockStory, planAnalysis, prepareAnalysis, writeAnalysis, type AnalyzeStoredStoryResult } from "../analyze-stored-story";
import { readStagedAnalysis, stageAnalysis, type TransactionTimes } from "../store/analysis/stage-analysis";
import { dropStageStories, writeClaimsAhead } from "../store/analysis/write-claims-ahead";
import { runStoryAnalysis } from "../worker-pool";
import { writeAuditLog } from "../write-audit-log";
import type { JobPhase } from "./job-kinds";
import type { JobRecord } from "./job-queue";

/** The switch writes a large story's rows for seconds on a busy machine, past Prisma's 5 s default. */
const SWITCH_TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

/** The story changed (an import landed, another reference was set) between planning and the switch. */
export class StoryChangedError extends Error {}

export interface StoryAnalysisJobOptions {
  /** Told of every step (the runner turns it into the job's progress and heartbeat). */
  onProgress: (phase: JobPhase, done: number, total: number) => void | Promise<void>;
  /** Articles per staged chunk (tests use small ones to get several chunks from a small story). */
  articlesPerChunk?: number;
}

export interface StoryAnalysisJobResult extends AnalyzeStoredStoryResult {
  /** Whether the engine ran, or a complete stage left by an earlier attempt was switched in. */
  isResumed: boolean;
  /**
   * Write transactions the job held: staging chunks and the switch, in ms from their start (a wait
   * for the lock included); `switchHeldMs` from the moment the switch held the lock to its commit.
   */
  transactions: { count: number; maxMs: number; switchMs: number; switchHeldMs: number };
}

/**
 * A full re-analysis of a story as a job (kinds story.reanalyze and story.set-reference):
 * 1. plan and run the engine (worker threads; no transaction, no lock);
 * 2. stage the result aside in short transactions (stage-analysis.ts) — a later attempt after a
 *    crash switches in a complete stage of the same story state without re-running the engine;
 * 3. write the new claims and the rows that hang off them ahead, under a stage story no reader
 *    sees, in short transactions (write-claims-ahead.ts): against a new reference nearly every
 *    claim is new;
 * 4. switch it in: one transaction that checks the story is still what was analysed, sets the new
 *    reference (set-reference), moves the new claims in and the retired ones out, and writes the
 *    rest of the diff. Readers see the previous complete analysis until it commits; a crash
 *    before or during it leaves the previous analysis in force;
 * 5. delete the retired claims' rows behind it, in short transactions.
 */
export async function runStoryAnalysisJob(db: Db, job: JobRecord, options: StoryAnalysisJobOptions): Promise<StoryAnalysisJobResult> {
  if (!job.storyId) throw new Error(`job ${job.id} (${job.kind}) names no story`);
  const storyId = job.storyId;
  const newReferenceId = job.kind === "story.set-reference" ? String(job.payload.articleId ?? "") : undefined;
  const times: TransactionTimes = [];
  // Rows an earlier attempt wrote ahead or left behind (it crashed or the story changed).
  await dropStageStories(db, storyId, job.id, times);
  const plan = await planAnalysis(db, storyId, null, newReferenceId);
  const total = plan.input.derivatives.length;

  let result = await readStagedAnalysis(db, job.id, plan.fingerprint);
  const isResumed = result !== null;
  if (!result) {
    await options.onProgress("analyse", 0, total);
    // The engine reports from its worker thread; progress writes are throttled by the runner.
    result = await runStoryAnalysis(plan.input, (done) => {
      // From the worker's message port: a failed progress write must not take the process down.
      void Promise.resolve(options.onProgress("analyse", done, total)).catch(() => undefined);
    });
    await stageAnalysis(db, job.id, plan.fingerprint, result, { times, articlesPerChunk: options.articlesPerChunk, onChunk: (done) => options.onProgress("stage", done, total) });
  }

  const staged = result;
  // The stored rows are read and diffed before the lock: the switch writes only what changed.
  const prepared = await prepareAnalysis(db, plan, staged);
  await options.onProgress("ahead", 0, 0);
  const ahead = await writeClaimsAhead(db, job.id, prepared, { times, onRows: (done, rows) => options.onProgress("ahead", done, rows) });
  await options.onProgress("switch", total, total);
  const switchStarted = performance.now();
  let lockedAt = switchStarted;
  const written = await db.$transaction(async (tx) => {
    // A write first takes the lock, so nothing commits between the check and the write.
    await lockStory(tx, storyId);
    lockedAt = performance.now();
    const before = await tx.story.findUniqueOrThrow({ where: { id: storyId }, select: { referenceArticleId: true } });
    if (newReferenceId && before.referenceArticleId !== newReferenceId) {
      await tx.story.update({ where: { id: storyId }, data: { referenceArticleId: newReferenceId } });
      await writeAuditLog(tx, {
        actorId: job.payload.actorId ? String(job.payload.actorId) : null,
        actorLabel: job.payload.actorId ? undefined : "import",
        action: "story.set-reference",
        entityType: "Story",
        entityId: storyId,
        storyId,
        before: { referenceArticleId: before.referenceArticleId },
        after: { referenceArticleId: newReferenceId },
      });
    }
    // Throwing rolls the reference change back too.
    if ((await fingerprintStory(tx, storyId)) !== plan.fingerprint) throw new StoryChangedError(`story ${storyId} changed while it was analysed; the job runs again`);
    return writeAnalysis(tx, plan, prepared, { ahead });
  }, SWITCH_TRANSACTION);
  const committedAt = performance.now();
  const switchMs = committedAt - switchStarted;
  times.push(switchMs);
  // After the commit: a crash here leaves a stage nobody reads, dropped with the job, and a stage
  // story nobody sees, dropped by the story's next analysis job.
  await db.analysisStage.deleteMany({ where: { jobId: job.id } });
  if (ahead) {
    await options.onProgress("behind", 0, 0);
    await dropStageStories(db, storyId, job.id, times);
  }
  return { ...written, isResumed, transactions: { count: times.length, maxMs: Math.max(...times), switchMs, switchHeldMs: committedAt - lockedAt } };
}
