import { getEnv } from "../lib/config/env";
import { withDatabase } from "../lib/db-migration-adapters";

// The PostgreSQL e2e run: two production servers (instances A and B) on one database of the run's
// own. Ports sit 10 above E2E_PORT so they never meet the SQLite e2e servers (E2E_PORT, +1), which
// may run on the same machine; the database is named after instance A's port for the same reason.
const { E2E_PORT, CLAIMTRAIL_TEST_POSTGRES_URL } = getEnv();

export const PORT_A = E2E_PORT + 10;
export const PORT_B = E2E_PORT + 11;
export const URL_A = `http://127.0.0.1:${PORT_A}`;
export const URL_B = `http://127.0.0.1:${PORT_B}`;

/** The only database this run creates, and so the only one it ever drops. */
export const E2E_DATABASE = `claimtrail_e2e_${PORT_A}`;

/** The superuser URL of the server (CLAIMTRAIL_TEST_POSTGRES_URL, which `npm test` points at its throwaway cluster). */
export function getAdminUrl(): string {
  if (!CLAIMTRAIL_TEST_POSTGRES_URL) {
    throw new Error("the PostgreSQL e2e run needs CLAIMTRAIL_TEST_POSTGRES_URL, a superuser URL such as postgresql://postgres@127.0.0.1:5432/postgres (`npm test` sets it to a throwaway cluster of its own)");
  }
  return CLAIMTRAIL_TEST_POSTGRES_URL;
}

/** DATABASE_URL of both instances. */
export function getE2eDatabaseUrl(): string {
  return withDatabase(getAdminUrl(), E2E_DATABASE);
}
