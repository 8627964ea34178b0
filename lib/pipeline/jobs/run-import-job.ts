import type { Db } from "@/lib/db";
import { importJobPayloadSchema } from "@/lib/validation/import-job";
import type { ImportRequestInput } from "@/lib/validation/article-import";
import { summarizeImportOutcome } from "../describe-import-outcome";
import { importArticles, type ImportProgress } from "../import-articles";
import { InputError } from "../input-error";
import { FinalJobError } from "./final-job-error";
import type { JobPhase } from "./job-kinds";
import type { JobRecord } from "./job-queue";

/** Each phase of an import as the job's progress line names it. */
const PHASE_OF: Record<ImportProgress["phase"], JobPhase> = { validate: "validate", save: "save", analyze: "analyse", store: "store" };

export interface ImportJobResult extends Record<string, unknown> {
  slug: string;
  outcomes: ReturnType<typeof summarizeImportOutcome>["counts"];
  /** Each article as stored (ids, no texts): the job's answer to whoever queued it. */
  articles: { id: string; outcome: string; title: string; outlet: string; url: string }[];
  analysis: Record<string, unknown> | null;
}

/**
 * A batch of articles added to a story as a job (kind story.import, queued by the API with
 * `Prefer: respond-async`): the same importArticles as an answered-at-once import, so the same
 * checks, and the articles and their analysis in one transaction. A crash mid-way commits nothing
 * and the job runs again; a crash after the commit runs it again too, and then every article is
 * found unchanged (the story holds those texts at those URLs), so nothing is written twice.
 * Refused input fails the job for good at once, its message listing every problem.
 */
export async function runImportJob(db: Db, job: JobRecord, options: { onProgress: (phase: JobPhase, done: number, total: number) => void | Promise<void> }): Promise<ImportJobResult> {
  const payload = importJobPayloadSchema.safeParse(job.payload);
  if (!payload.success) throw new FinalJobError(`job ${job.id} carries no import: ${payload.error.issues.map((issue) => issue.message).join("; ")}`);
  const { storySlug, actorId, articles } = payload.data;
  try {
    const result = await importArticles(db, {
      storySlug,
      articles: articles as ImportRequestInput["articles"],
      actorId,
      // Progress comes synchronously from inside the import's transaction: written, not awaited.
      onProgress: (progress) => void Promise.resolve(options.onProgress(PHASE_OF[progress.phase], progress.done, progress.total)).catch(() => undefined),
    });
    return {
      slug: result.slug,
      outcomes: summarizeImportOutcome(result.articles).counts,
      articles: result.articles.map((article) => ({ id: article.id, outcome: article.outcome, title: article.title, outlet: article.outlet, url: `/articles/${article.id}` })),
      analysis: result.analysis ? { ...result.analysis } : null,
    };
  } catch (error) {
    if (error instanceof InputError) throw new FinalJobError(`nothing was imported: ${error.message}`, { cause: error });
    throw error;
  }
}
