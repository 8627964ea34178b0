import "server-only";
import { getEnv } from "@/lib/config/env";
import { db, dialectOf } from "@/lib/db";
import { kickJobRunner } from "@/lib/pipeline/jobs/run-jobs";

/**
 * After queueing a job from a request: wakes this process's job runner when it runs jobs itself on
 * SQLite. On PostgreSQL pg-boss delivers the job (to this server's worker or an external one);
 * with an external runner on SQLite `npm run worker` polls for it.
 */
export function wakeJobRunner(): void {
  if (getEnv().CLAIMTRAIL_JOB_RUNNER === "in-process" && dialectOf(db) === "sqlite") kickJobRunner(db);
}
