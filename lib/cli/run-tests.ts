import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { findPostgresBin, startPostgresCluster, type PostgresCluster } from "@/lib/testing/postgres-cluster";

// `npm test`: typecheck, unit tests (vitest, on SQLite and on a throwaway PostgreSQL cluster), then
// e2e (Playwright on the production server), ending with one line "N passed, N failed" that CI reads.
const ROOT = path.resolve(import.meta.dirname, "../..");
const REPORTS = path.join(ROOT, "test-results");
const bin = (name: string) => path.join(ROOT, "node_modules/.bin", name);

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): number {
  console.log(`\n── ${label} ──`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, FORCE_COLOR: process.env.CI ? "0" : "1", ...env } });
  console.log(`── ${label}: exit ${result.status ?? result.signal} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status ?? 1;
}

function readJson(file: string): any {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });
const tally: Tally = { passed: 0, failed: 0, skipped: 0 };

const typecheck = run("typecheck", bin("tsc"), ["--noEmit"]);
tally[typecheck === 0 ? "passed" : "failed"] += 1;

// The database tests also run on PostgreSQL (CLAIMTRAIL_TEST_POSTGRES_URL) against a cluster of
// this run's own, stopped afterwards. Only a machine without a PostgreSQL server skips that part,
// and says so: `.ci/run` installs one.
let postgres: PostgresCluster | null = null;
const postgresBin = process.env.CLAIMTRAIL_TEST_POSTGRES_URL ? null : findPostgresBin();
if (process.env.CLAIMTRAIL_TEST_POSTGRES_URL) {
  console.log("postgres: using CLAIMTRAIL_TEST_POSTGRES_URL from the environment");
} else if (postgresBin) {
  try {
    postgres = await startPostgresCluster(postgresBin);
    // Interrupted (Ctrl-C, CI timeout): the cluster goes too rather than outliving the run.
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => (postgres?.stop(), process.exit(130)));
    console.log(`postgres: throwaway cluster started on port ${postgres.port} (${postgresBin}); the database tests run on it too`);
  } catch (error) {
    console.log(`postgres: could not start a cluster (${postgresBin}); counted as a failure\n${error instanceof Error ? error.message : String(error)}`);
    tally.failed += 1;
  }
} else {
  console.log("postgres: SKIPPED — no PostgreSQL server installed (/usr/lib/postgresql/*/bin/postgres); the PostgreSQL tests are skipped (`apt-get install postgresql` runs them)");
}

const unitJson = path.join(REPORTS, "unit-report.json");
let unitExit: number;
try {
  unitExit = run("unit tests (vitest)", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${unitJson}`], postgres ? { CLAIMTRAIL_TEST_POSTGRES_URL: postgres.url } : {});
} finally {
  postgres?.stop();
}
const unit = readJson(unitJson);
if (unit) {
  tally.passed += unit.numPassedTests;
  tally.failed += unit.numFailedTests;
  tally.skipped += unit.numPendingTests + unit.numTodoTests;
}
if (unitExit !== 0 && (!unit || unit.numFailedTests === 0)) tally.failed += 1; // crashed before reporting

const e2eJson = path.join(REPORTS, "e2e-report.json");
const e2eExit = run("e2e tests (Playwright + Chromium)", bin("playwright"), ["test"]);
const e2e = readJson(e2eJson);
if (e2e) {
  tally.passed += e2e.stats.expected + e2e.stats.flaky;
  tally.failed += e2e.stats.unexpected;
  tally.skipped += e2e.stats.skipped;
}
if (e2eExit !== 0 && (!e2e || e2e.stats.unexpected === 0)) tally.failed += 1;

console.log(`\n${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ""}`);
process.exit(typecheck === 0 && unitExit === 0 && e2eExit === 0 ? 0 : 1);
