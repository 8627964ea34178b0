import { execFileSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import type { Account } from "../e2e/accounts";
import { getE2eDatabaseUrl } from "./instances";

// The PostgreSQL counterparts of e2e/accounts.ts's database helpers (which read the SQLite file).
const ROOT = path.resolve(import.meta.dirname, "..");

/** Creates the account with the real CLI (`npm run user:create`) unless it exists (exit code 3: email taken). */
export function ensureAccount(user: Account): void {
  try {
    execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["lib/cli/create-user.ts", "--email", user.email, "--role", user.role, "--name", user.name], {
      cwd: ROOT,
      input: `${user.password}\n`,
      env: { ...process.env, DATABASE_URL: getE2eDatabaseUrl() },
      stdio: ["pipe", "ignore", "pipe"],
    });
  } catch (error) {
    if ((error as { status?: number }).status !== 3) throw error;
  }
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
