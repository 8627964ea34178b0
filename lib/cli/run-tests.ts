import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

// `npm test`: typecheck, unit tests (vitest), then e2e (Playwright on the production server),
// ending with one line "N passed, N failed" that CI reads.
const ROOT = path.resolve(import.meta.dirname, "../..");
const REPORTS = path.join(ROOT, "test-results");
const bin = (name: string) => path.join(ROOT, "node_modules/.bin", name);

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

function run(label: string, command: string, args: string[]): number {
  console.log(`\n── ${label} ──`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, FORCE_COLOR: process.env.CI ? "0" : "1" } });
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

const unitJson = path.join(REPORTS, "unit-report.json");
const unitExit = run("unit tests (vitest)", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${unitJson}`]);
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
