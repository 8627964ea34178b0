import "server-only";
import { db } from "@/lib/db";
import { isJobKind, type JobKind, type JobPhase, type JobState } from "@/lib/pipeline/jobs/job-kinds";

export interface JobView {
  id: string;
  kind: JobKind;
  state: JobState;
  phase: JobPhase | null;
  done: number;
  total: number;
  attempts: number;
  maxAttempts: number;
  /** Why the last attempt failed (kept on a job that succeeded later). */
  error: string | null;
  /** What the job produced, once it succeeded (an import: its articles and analysis counts). */
  result: unknown;
  story: { slug: string; url: string } | null;
  createdAt: Date;
  finishedAt: Date | null;
}

/** One job as GET /api/jobs/[id] shows it (never its payload: an import's articles); null when there is none. */
export async function getJob(id: string): Promise<JobView | null> {
  const job = await db.job.findUnique({
    where: { id },
    select: {
      id: true, kind: true, state: true, phase: true, progressDone: true, progressTotal: true, attempts: true, maxAttempts: true, error: true, result: true, createdAt: true, finishedAt: true,
      story: { select: { slug: true } },
    },
  });
  if (!job || !isJobKind(job.kind)) return null;
  const { progressDone, progressTotal, story, ...rest } = job;
  return { ...rest, kind: job.kind, state: job.state as JobState, phase: job.phase as JobPhase | null, done: progressDone, total: progressTotal, story: story ? { slug: story.slug, url: `/stories/${story.slug}` } : null };
}
