import path from "node:path";
import { createServer, type Server } from "node:http";
import Database from "better-sqlite3";
import next from "next";
import type { JobRunner } from "@/lib/config/env";
import { createAppDb } from "@/lib/db";
import { stopBoss } from "@/lib/pipeline/jobs/boss-job-queue";
import { startJobWorker } from "@/lib/pipeline/jobs/job-worker";
import { startJobRunner } from "@/lib/pipeline/jobs/run-jobs";
import { ANONYMOUS_POST_RETRY_AFTER_SECONDS, createAnonymousPostLimit } from "./anonymous-post-limit";
import { dialectOfUrl } from "@/lib/db-dialect";
import { openPostgresDataVersion, openSqliteDataVersion } from "./data-version";
import { bodyCapFor, limitRequestBody } from "./body-limit";
import { isCrossSiteAction } from "./cross-site-action";
import { createPageCache } from "./page-cache";
import { sendError } from "./send-error";

export interface ServeAppOptions {
  /** The project root (where next.config.ts and the build live). */
  dir: string;
  port: number;
  /** The database the app reads: DATABASE_URL, a `file:` path resolved against `dir` or a postgresql:// URL. */
  databaseUrl: string;
  /** Share rendered pages between anonymous readers until the data changes (default on). */
  isPageCacheOn?: boolean;
  /**
   * Believe the X-Forwarded-For a client sends (only behind a reverse proxy that sets it). Off by
   * default: the header is replaced with the socket's address, so the sign-in rate limit, which
   * counts per address, cannot be dodged by inventing a new address per attempt.
   */
  isProxyTrusted?: boolean;
  /**
   * `in-process` (default): this server runs analysis jobs itself; `external`: it only queues them
   * and `npm run worker` runs them (CLAIMTRAIL_JOB_RUNNER).
   */
  jobRunner?: JobRunner;
}

/**
 * The production server: Next's request handler behind the page cache (lib/http/page-cache.ts).
 * Everything else — routing, rendering, static files, server actions — is Next's own.
 */
export async function serveApp({ dir, port, databaseUrl, isPageCacheOn = true, isProxyTrusted = false, jobRunner = "in-process" }: ServeAppOptions): Promise<Server> {
  const isPostgres = dialectOfUrl(databaseUrl) === "postgresql";
  const databaseFile = isPostgres ? null : path.resolve(dir, databaseUrl.replace(/^file:/, ""));
  if (databaseFile) {
    // Write-ahead log: pages keep reading the last committed state while an import or an analysis
    // writes (lib/db.ts keeps reads and transactions on separate connections), instead of waiting.
    // The mode is stored in the file, so one switch is enough.
    const setup = new Database(databaseFile, { fileMustExist: true });
    setup.pragma("journal_mode = WAL");
    setup.close();
  }

  const app = next({ dev: false, dir, port });
  await app.prepare();
  const handleNext = app.getRequestHandler();

  // What changes whenever any connection commits (Prisma's in this process, a CLI import in
  // another, another instance on PostgreSQL), and never for our own reads: data-version.ts.
  const dataVersion = databaseFile ? openSqliteDataVersion(databaseFile) : await openPostgresDataVersion(databaseUrl);
  const cache = isPageCacheOn ? createPageCache({ readVersion: dataVersion.read }) : null;

  const anonymousPosts = createAnonymousPostLimit();
  const server = createServer((req, res) => {
    if (!isProxyTrusted) req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "";
    // An anonymous flood from one address is refused here, before it queues everyone behind it in Next.
    const address = String(req.headers["x-forwarded-for"] ?? "").split(",")[0]?.trim() || "direct";
    if (!anonymousPosts.admit(req, address)) {
      sendError(req, res, 429, "too many requests from this address: wait a second and try again", { "Retry-After": String(ANONYMOUS_POST_RETRY_AFTER_SECONDS) });
      return;
    }
    // Every body is counted as it arrives and cut at its route's cap, before Next reads a byte.
    if (!limitRequestBody(req, res, bodyCapFor(req.url ?? "/"))) return;
    // Next refuses a cross-site server action with an empty 500; answer what it is instead.
    if (isCrossSiteAction(req, isProxyTrusted)) {
      sendError(req, res, 403, "cross-site form submission refused: send the form from this site's own pages");
      return;
    }
    const render = () => handleNext(req, res);
    (cache ? cache.handle(req, res, render) : render()).catch((error: unknown) => {
      console.error(error);
      sendError(req, res, 500, "the server failed to answer this request; it has been logged");
    });
  });
  // The in-process job runner. SQLite: resumes jobs a previous process left running, then takes
  // queued ones (a CLI's, or a web action's when its own kick missed them). PostgreSQL: a pg-boss
  // worker of one slot (the engine's own worker threads use the cores). External: none here.
  const jobDb = jobRunner === "in-process" ? createAppDb(databaseUrl) : null;
  const stopJobs = !jobDb ? () => undefined : isPostgres ? await startJobWorker({ db: jobDb, url: databaseUrl, concurrency: 1 }).then((worker) => () => void worker.stop()) : startJobRunner(jobDb);
  server.on("close", () => {
    stopJobs();
    void dataVersion.close();
    void jobDb?.$disconnect();
    // The pg-boss this process queued jobs through (server actions), if any.
    if (isPostgres) void stopBoss(databaseUrl);
  });
  await new Promise<void>((resolve) => server.listen(port, resolve));
  console.log(`ClaimTrail ready on http://localhost:${port} (page cache ${cache ? "on" : "off"}; jobs ${jobRunner === "in-process" ? "run in this process" : "run by npm run worker"})`);
  return server;
}
