import type { Db } from "@/lib/db";
import type { ImportRequestInput } from "@/lib/validation/article-import";
import type { ImportJobPayload } from "@/lib/validation/import-job";
import { findImportProblems } from "./import-articles";
import { throwInputErrors } from "./input-error";
import type { JobQueue, JobRecord } from "./jobs/job-queue";

/**
 * Queues an import into an existing story as a `story.import` job, after the checks an import
 * makes before writing (fields, content, duplicates in the batch and in the story, outlets): bad
 * input is refused now, with every problem, not when the job runs. Throws InputError(s).
 */
export async function queueImport(db: Db, queue: JobQueue, input: ImportJobPayload & { storyId: string }): Promise<JobRecord> {
  const { storyId, storySlug, actorId, articles } = input;
  throwInputErrors(await findImportProblems(db, { storySlug, articles: articles as ImportRequestInput["articles"], actorId }));
  return queue.enqueue({ kind: "story.import", storyId, payload: { storySlug, actorId, articles }, createdById: actorId });
}
