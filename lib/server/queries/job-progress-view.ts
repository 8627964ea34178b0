import "server-only";
import { isJobKind, type JobKind, type JobPhase, type JobState } from "@/lib/pipeline/jobs/job-kinds";

/** A job's state and progress as the pages and the API show them (never its payload). */
export interface JobProgressView {
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
  createdAt: Date;
  finishedAt: Date | null;
}

/** The Job columns a JobProgressView is made from. */
export const JOB_PROGRESS_SELECT = {
  id: true, kind: true, state: true, phase: true, progressDone: true, progressTotal: true, attempts: true, maxAttempts: true, error: true, createdAt: true, finishedAt: true,
} as const;

type JobProgressRow = { id: string; kind: string; state: string; phase: string | null; progressDone: number; progressTotal: number; attempts: number; maxAttempts: number; error: string | null; createdAt: Date; finishedAt: Date | null };

/** The view of a row read with JOB_PROGRESS_SELECT; null for a kind this version does not know. */
export function toJobProgressView(row: JobProgressRow): JobProgressView | null {
  if (!isJobKind(row.kind)) return null;
  const { progressDone, progressTotal, ...rest } = row;
  return { ...rest, kind: row.kind, state: row.state as JobState, phase: row.phase as JobPhase | null, done: progressDone, total: progressTotal };
}
