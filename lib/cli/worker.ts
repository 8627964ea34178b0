import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { createAppDb } from "@/lib/db";
import { dialectOfUrl } from "@/lib/db-dialect";
import { getDatabaseUrl } from "@/lib/db-url";
import { InputError } from "@/lib/pipeline/input-error";
import { startJobWorker } from "@/lib/pipeline/jobs/job-worker";
import { workerArgsSchema } from "@/lib/validation/worker-args";
import { parseCliArgs, runCli } from "./run-cli";

const USAGE = `usage:
  npm run worker                      run analysis jobs (re-analysis, Make reference), one per core
  npm run worker -- --concurrency N   N jobs at once
On PostgreSQL jobs come through pg-boss (retried after a failure, delivered again when a worker
dies); on SQLite the worker polls the Job table. Start it beside servers run with
CLAIMTRAIL_JOB_RUNNER=external (npm run start:cluster does). The database must be migrated
(npm start or npm run db:migrate). Ctrl-C (SIGINT) or SIGTERM stops it once its jobs end (at most
30 s; a job cut off then is resumed by the next worker).`;

/** How long a stop waits for running jobs before leaving them to the next worker (pg-boss's default, 30 s). */
const STOP_TIMEOUT_MS = 30_000;

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { concurrency: { type: "string" }, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length > 0) throw new InputError(`unexpected argument "${positionals[0]}"\n${USAGE}`, "arguments");
  const args = parseCliArgs(workerArgsSchema, { concurrency: values.concurrency }, USAGE);
  const url = getDatabaseUrl();
  const concurrency = args.concurrency ?? availableParallelism();
  const db = createAppDb(url);
  const worker = await startJobWorker({ db, url, concurrency });
  console.log(`worker: running up to ${concurrency} job${concurrency === 1 ? "" : "s"} at once on ${dialectOfUrl(url) === "postgresql" ? "PostgreSQL (pg-boss)" : "SQLite (polling the Job table)"}`);
  let isStopping = false;
  const stop = async (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    console.log(`worker: ${signal}: stopping once running jobs end`);
    await worker.stop(STOP_TIMEOUT_MS);
    await db.$disconnect();
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(signal));
}

runCli("worker", main);
