import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { findPostgresBin, startPostgresCluster, type PostgresCluster } from "@/lib/testing/postgres-cluster";

// `npm test`: typecheck, unit tests (vitest, on SQLite and on a throwaway PostgreSQL cluster), e2e
// (Playwright on the production server on SQLite), then e2e on PostgreSQL (two instances on one
// database of that cluster, playwright.postgres.config.ts), ending with one line "N passed, N failed"
// that CI reads.
const ROOT = path.resolve(import.meta.dirname, "../..");
const REPORTS = path.join(ROOT, "test-results");
const bin = (name: string) => path.join(ROOT, "node_modules/.bin", name);

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

/** The step running now, to pass an interrupt on to. */
let current: ChildProcess | null = null;

/**
 * Runs one step and resolves with its exit code. Asynchronous on purpose: while a step runs, the
 * event loop is free to take SIGINT/SIGTERM (spawnSync would hold them until the script ended,
 * and the run would go on to the next step with the cluster still up).
 */
function run(label: string, command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  console.log(`\n── ${label} ──`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, FORCE_COLOR: process.env.CI ? "0" : "1", ...env } });
    current = child;
    child.once("error", (error) => console.error(`${label}: ${error.message}`));
    child.once("close", (code, signal) => {
      current = null;
      console.log(`── ${label}: exit ${code ?? signal} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      resolve(code ?? 1);
    });
  });
}

// Interrupted (Ctrl-C, a CI timeout's SIGTERM): the running step gets the signal too, and the run
// ends at once; the exit handler below stops the PostgreSQL cluster.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    current?.kill(signal);
    process.exit(130);
  });
}

function readJson(file: string): any {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });
const tally: Tally = { passed: 0, failed: 0, skipped: 0 };

const typecheck = await run("typecheck", bin("tsc"), ["--noEmit"]);
tally[typecheck === 0 ? "passed" : "failed"] += 1;

// The database tests also run on PostgreSQL (CLAIMTRAIL_TEST_POSTGRES_URL) against a cluster of
// this run's own, stopped afterwards. Only a machine without a PostgreSQL server skips that part,
// and says so: `.ci/run` installs one.
let postgres: PostgresCluster | null = null;
/** Stops the cluster once (stop() is synchronous, so it may run in an exit handler). */
function stopPostgres(): void {
  const running = postgres;
  postgres = null;
  running?.stop();
}
const postgresBin = process.env.CLAIMTRAIL_TEST_POSTGRES_URL ? null : findPostgresBin();
if (process.env.CLAIMTRAIL_TEST_POSTGRES_URL) {
  console.log("postgres: using CLAIMTRAIL_TEST_POSTGRES_URL from the environment");
} else if (postgresBin) {
  try {
    postgres = await startPostgresCluster(postgresBin);
    // The cluster lives until the end of the run (the PostgreSQL e2e uses it after vitest) and goes
    // with it however it ends: finished, failed, or interrupted (Ctrl-C, CI timeout).
    process.once("exit", stopPostgres);
    console.log(`postgres: throwaway cluster started on port ${postgres.port} (${postgresBin}); the database tests run on it too`);
  } catch (error) {
    console.log(`postgres: could not start a cluster (${postgresBin}); counted as a failure\n${error instanceof Error ? error.message : String(error)}`);
    tally.failed += 1;
  }
} else {
  console.log("postgres: SKIPPED — no PostgreSQL server installed (/usr/lib/postgresql/*/bin/postgres); the PostgreSQL tests are skipped (`apt-get install postgresql` runs them)");
}

const postgresUrl = process.env.CLAIMTRAIL_TEST_POSTGRES_URL || postgres?.url || null;

const unitJson = path.join(REPORTS, "unit-report.json");
const unitExit = await run("unit tests (vitest)", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${unitJson}`], postgres ? { CLAIMTRAIL_TEST_POSTGRES_URL: postgres.url } : {});
const unit = readJson(unitJson);
if (unit) {
  tally.passed += unit.numPassedTests;
  tally.failed += unit.numFailedTests;
  tally.skipped += unit.numPendingTests + unit.numTodoTests;
}
if (unitExit !== 0 && (!unit || unit.numFailedTests === 0)) tally.failed += 1; // crashed before reporting

/** Runs one Playwright configuration and adds its JSON report to the tally; returns the exit code. */
async function runPlaywright(label: string, args: string[], report: string, env: Record<string, string> = {}): Promise<number> {
  const exit = await run(label, bin("playwright"), ["test", ...args], env);
  const json = readJson(path.join(REPORTS, report));
  if (json) {
    tally.passed += json.stats.expected + json.stats.flaky;
    tally.failed += json.stats.unexpected;
    tally.skipped += json.stats.skipped;
  }
  if (exit !== 0 && (!json || json.stats.unexpected === 0)) tally.failed += 1;
  return exit;
}

const e2eExit = await runPlaywright("e2e tests (Playwright + Chromium)", [], "e2e-report.json");

// The core flow and the two-instance properties on PostgreSQL, on the build the SQLite run made.
let postgresE2eExit = 0;
if (postgresUrl) {
  postgresE2eExit = await runPlaywright("e2e tests on PostgreSQL (two instances, one database)", ["-c", "playwright.postgres.config.ts"], "e2e-postgres-report.json", { CLAIMTRAIL_TEST_POSTGRES_URL: postgresUrl });
} else if (!postgresBin) {
  console.log("\ne2e on PostgreSQL: SKIPPED — no PostgreSQL server installed; the two-instance e2e tests are skipped (`apt-get install postgresql` runs them)");
} else {
  console.log("\ne2e on PostgreSQL: not run — the cluster did not start (counted above)");
}
stopPostgres();

console.log(`\n${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ""}`);
process.exit(typecheck === 0 && unitExit === 0 && e2eExit === 0 && postgresE2eExit === 0 ? 0 : 1);
