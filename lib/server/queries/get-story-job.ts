import "server-only";
import { db } from "@/lib/db";
import { isJobKind, type JobKind, type JobPhase, type JobState } from "@/lib/pipeline/jobs/job-kinds";

export interface StoryJobView {
  id: string;
  kind: JobKind;
  state: JobState;
  phase: JobPhase | null;
  done: number;
  total: number;
  attempts: number;
  maxAttempts: number;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

/** A failed job stays on the story page this long, so whoever started it sees why it failed. */
const FAILED_SHOWN_MS = 24 * 60 * 60 * 1000;

/**
 * The story's newest job when it is still queued or running, or failed within FAILED_SHOWN_MS
 * (the story page's progress line); null otherwise.
 */
export async function getStoryJob(storyId: string): Promise<StoryJobView | null> {
  const job = await db.job.findFirst({
    where: { storyId },
    orderBy: { createdAt: "desc" },
    select: { id: true, kind: true, state: true, phase: true, progressDone: true, progressTotal: true, attempts: true, maxAttempts: true, error: true, createdAt: true, finishedAt: true },
  });
  if (!job || !isJobKind(job.kind) || job.state === "succeeded") return null;
  if (job.state === "failed" && Date.now() - (job.finishedAt ?? job.createdAt).getTime() > FAILED_SHOWN_MS) return null;
  return { ...job, kind: job.kind, state: job.state as JobState, phase: job.phase as JobPhase | null, done: job.progressDone, total: job.progressTotal };
}
