import { defineConfig, devices } from "@playwright/test";
import { getEnv } from "./lib/config/env";
import { CHROMIUM_LAUNCH } from "./e2e/chromium";

// The production server on its own port and its own SQLite file (fresh each run), driven by
// Debian's Chromium: no browser download is possible on these machines.
const PORT = getEnv().E2E_PORT;
/** The server with CLAIMTRAIL_PUBLIC_READ off (e2e/private-read.spec.ts reads it from E2E_PRIVATE_URL). */
const PRIVATE_PORT = PORT + 1;
process.env.E2E_PRIVATE_URL = `http://127.0.0.1:${PRIVATE_PORT}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: `test-results/e2e-${PORT}`,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-report.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], headless: true } }],
  webServer: [
    {
      command: "tsx e2e/start-server.ts",
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 180_000,
      env: { PORT: String(PORT), DATABASE_URL: `file:./prisma/e2e-${PORT}.db`, NEXT_TELEMETRY_DISABLED: "1" },
      stdout: "ignore",
      stderr: "pipe",
    },
    // A second server on the same build with reading closed to anonymous visitors and no account
    // yet (e2e/private-read.spec.ts). Playwright starts web servers one after the other, so this one
    // finds the build the first made.
    {
      command: "tsx e2e/start-server.ts",
      url: `http://127.0.0.1:${PRIVATE_PORT}/sign-in`,
      reuseExistingServer: false,
      timeout: 180_000,
      env: { PORT: String(PRIVATE_PORT), DATABASE_URL: `file:./prisma/e2e-${PRIVATE_PORT}.db`, CLAIMTRAIL_PUBLIC_READ: "off", NEXT_TELEMETRY_DISABLED: "1" },
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
