import { execFileSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import type { Account } from "../e2e/accounts";
import { getE2eDatabaseUrl } from "./instances";

// The PostgreSQL counterparts of e2e/accounts.ts's database helpers (which read the SQLite file).
const ROOT = path.resolve(import.meta.dirname, "..");

/** Creates the accounts unless they exist, in one process (create-accounts.ts). */
export function ensureAccounts(...users: Account[]): void {
  execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["e2e-postgres/create-accounts.ts"], {
    cwd: ROOT,
    input: JSON.stringify(users),
    env: { ...process.env, DATABASE_URL: getE2eDatabaseUrl() },
    stdio: ["pipe", "ignore", "inherit"],
  });
}

/** Rows of one read-only query on the e2e database. */
export async function queryDb<T extends object>(sql: string, ...params: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: getE2eDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
