import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "./e2e/chromium";
import { PORT_A, PORT_B, URL_A, getE2eDatabaseUrl } from "./e2e-postgres/instances";

// The PostgreSQL e2e run (e2e-postgres/): two production servers, instances A and B, on one fresh
// database of the run's own on the server CLAIMTRAIL_TEST_POSTGRES_URL names (`npm test` points it
// at its throwaway cluster). Both serve the build the SQLite e2e run made: the dialect is chosen
// from DATABASE_URL at start, not at build time. Alone:
//   CLAIMTRAIL_TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/postgres npx playwright test -c playwright.postgres.config.ts
const DATABASE_URL = getE2eDatabaseUrl();

/** `npm start` on `port` against the e2e database; `--fresh` (instance A) recreates the database first. */
function instance(port: number, isFresh: boolean) {
  return {
    command: `tsx e2e-postgres/start-server.ts${isFresh ? " --fresh" : ""}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    // A builds when the sources are newer than the build (only when run alone after a change).
    timeout: isFresh ? 300_000 : 120_000,
    env: { PORT: String(port), DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1" },
    stdout: "ignore" as const,
    stderr: "pipe" as const,
  };
}

export default defineConfig({
  testDir: "e2e-postgres",
  outputDir: `test-results/e2e-postgres-${PORT_A}`,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-postgres-report.json" }]],
  use: {
    // Instance A by default; the specs reach B with URL_B (a context or request with its baseURL).
    baseURL: URL_A,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], headless: true } }],
  // Playwright starts web servers one after the other: B only once A has migrated and seeded, so
  // the two never migrate the same database at once.
  webServer: [instance(PORT_A, true), instance(PORT_B, false)],
});
