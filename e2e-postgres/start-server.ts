import pg from "pg";
import { getEnv } from "../lib/config/env";
import { E2E_DATABASE, getAdminUrl } from "./instances";

// One instance of the PostgreSQL e2e run. With --fresh (instance A, started first) the e2e database
// is dropped and created empty, so the tests see exactly the seed story; `npm start`'s own code then
// migrates, bootstraps search, seeds and serves. Instance B starts once A is ready and finds the
// database prepared (its migrate and seed steps are no-ops), as a second `npm start` would.
const url = new URL(getEnv().DATABASE_URL);
if (decodeURIComponent(url.pathname.slice(1)) !== E2E_DATABASE) throw new Error(`refusing to serve a non-e2e database: ${url.pathname}`);

if (process.argv.includes("--fresh")) {
  const admin = new pg.Client({ connectionString: getAdminUrl() });
  await admin.connect();
  try {
    // FORCE: a server left over from an interrupted run may still hold connections to it.
    await admin.query(`DROP DATABASE IF EXISTS "${E2E_DATABASE}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${E2E_DATABASE}"`);
  } finally {
    await admin.end();
  }
}
await import("../lib/cli/start");
