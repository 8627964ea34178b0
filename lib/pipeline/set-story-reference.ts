import { LIVE_STORY } from "@/lib/counts/stage-story";
import type { Db } from "@/lib/db";
import { setReferenceSchema } from "@/lib/validation/article-import";
import type { AnalyzeStoredStoryResult } from "./analyze-stored-story";
import { toInputError, InputError } from "./input-error";
import { createJobQueue } from "./jobs/create-job-queue";
import type { JobQueue } from "./jobs/job-queue";
import { runJobToEnd, type JobObserver } from "./jobs/run-jobs";

export interface SetStoryReferenceResult {
  storyId: string;
  referenceArticleId: string;
  /** false when the article already was the reference of an analysed story (nothing re-ran). */
  isChanged: boolean;
  /** The job that sets the reference and re-analyses the story (null when nothing changed). */
  jobId: string | null;
  /** The analysis, once the job ran (null when queued only, or nothing changed). */
  analysis: AnalyzeStoredStoryResult | null;
}

/**
 * Makes `articleId` the reference of the story `slug` and re-runs the story's analysis against it,
 * as a persisted job (kind story.set-reference): the new analysis is computed and staged aside,
 * then switched in together with the new reference, so readers see the old reference and its
 * analysis until both change at once. Claims come from the reference, so the matrix is rebuilt;
 * editor verdicts and notes on claims the new run no longer produces are kept, marked stale.
 *
 * With `isQueuedOnly` the job is only queued (the web action: the runner takes it in the
 * background and the story page shows its progress); otherwise it runs here to its end, and a
 * failure after its last attempt throws.
 */
export async function setStoryReference(
  db: Db,
  slug: string,
  articleId: string,
  options: { actorId?: string | null; isQueuedOnly?: boolean; observe?: JobObserver; queue?: JobQueue } = {},
): Promise<SetStoryReferenceResult> {
  const parsed = setReferenceSchema.safeParse({ storySlug: slug, articleId });
  if (!parsed.success) throw toInputError(parsed.error, "reference");
  const story = await db.story.findUnique({ where: { slug, ...LIVE_STORY }, select: { id: true, referenceArticleId: true, analyzedAt: true } });
  if (!story) throw new InputError(`there is no story "${slug}"`, "reference", "storySlug");
  const article = await db.article.findFirst({ where: { id: articleId, storyId: story.id }, select: { id: true } });
  if (!article) throw new InputError(`story "${slug}" has no article ${articleId}`, "reference", "articleId");
  if (story.referenceArticleId === articleId && story.analyzedAt) {
    return { storyId: story.id, referenceArticleId: articleId, isChanged: false, jobId: null, analysis: null };
  }

  // Default: the queue of DATABASE_URL's database (db must be on it), pg-boss-delivered on PostgreSQL.
  const queue = options.queue ?? (await createJobQueue(db));
  const job = await queue.enqueue({ kind: "story.set-reference", storyId: story.id, payload: { articleId, actorId: options.actorId ?? null }, createdById: options.actorId ?? null });
  if (options.isQueuedOnly) return { storyId: story.id, referenceArticleId: articleId, isChanged: true, jobId: job.id, analysis: null };
  const outcome = await runJobToEnd(db, job.id, { queue, observe: options.observe });
  if (outcome.state !== "succeeded") throw new Error(`making ${articleId} the reference failed: ${outcome.error ?? outcome.state}`);
  return { storyId: story.id, referenceArticleId: articleId, isChanged: true, jobId: job.id, analysis: outcome.result as unknown as AnalyzeStoredStoryResult };
}
