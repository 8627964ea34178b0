import { dialectOf, type Db } from "@/lib/db";
import { getDatabaseUrl } from "@/lib/db-url";
import { createBossJobQueue, getBoss } from "./boss-job-queue";
import { createDbJobQueue, type JobQueue } from "./job-queue";

/**
 * The job queue for `db`, which is on `url` (default DATABASE_URL): on SQLite the Job table alone
 * (run in-process or by `npm run worker` polling it); on PostgreSQL the same table with delivery
 * through this process's pg-boss, so `npm run worker` processes (or the server's in-process
 * worker) pick the job up.
 */
export async function createJobQueue(db: Db, url: string = getDatabaseUrl()): Promise<JobQueue> {
  if (dialectOf(db) !== "postgresql") return createDbJobQueue(db);
  return createBossJobQueue(db, await getBoss(url));
}
