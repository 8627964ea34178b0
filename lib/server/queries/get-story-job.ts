import "server-only";
import { db } from "@/lib/db";
import { JOB_PROGRESS_SELECT, toJobProgressView, type JobProgressView } from "./job-progress-view";

export type StoryJobView = JobProgressView;

/** A failed job stays on the story page this long, so whoever started it sees why it failed. */
const FAILED_SHOWN_MS = 24 * 60 * 60 * 1000;

/**
 * The story's newest job when it is still queued or running, or failed within FAILED_SHOWN_MS
 * (the story page's progress line); null otherwise.
 */
export async function getStoryJob(storyId: string): Promise<StoryJobView | null> {
  const row = await db.job.findFirst({ where: { storyId }, orderBy: { createdAt: "desc" }, select: JOB_PROGRESS_SELECT });
  const job = row ? toJobProgressView(row) : null;
  if (!job || job.state === "succeeded") return null;
  if (job.state === "failed" && Date.now() - (job.finishedAt ?? job.createdAt).getTime() > FAILED_SHOWN_MS) return null;
  return job;
}
