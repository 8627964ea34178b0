import "server-only";
import { db } from "@/lib/db";
import { JOB_PROGRESS_SELECT, toJobProgressView, type JobProgressView } from "./job-progress-view";

export interface JobView extends JobProgressView {
  /** What the job produced, once it succeeded (an import: its articles and analysis counts). */
  result: unknown;
  story: { slug: string; url: string } | null;
}

/** One job as GET /api/jobs/[id] shows it (never its payload: an import's articles); null when there is none. */
export async function getJob(id: string): Promise<JobView | null> {
  const row = await db.job.findUnique({ where: { id }, select: { ...JOB_PROGRESS_SELECT, result: true, story: { select: { slug: true } } } });
  const job = row ? toJobProgressView(row) : null;
  if (!row || !job) return null;
  return { ...job, result: row.result, story: row.story ? { slug: row.story.slug, url: `/stories/${row.story.slug}` } : null };
}
