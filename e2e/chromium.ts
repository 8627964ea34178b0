import type { LaunchOptions } from "@playwright/test";
import { getEnv } from "../lib/config/env";

/**
 * How both e2e configurations (SQLite and PostgreSQL) launch Debian's Chromium: no browser
 * download is possible on these machines, and these flags keep it quiet and sandbox-free in CI.
 */
export const CHROMIUM_LAUNCH: LaunchOptions = {
  executablePath: getEnv().CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};
