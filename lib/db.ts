import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { getDatabaseUrl } from "./db-url";

/** A Prisma client on the embedded SQLite database at `url` (default: DATABASE_URL). */
export function createDb(url: string = getDatabaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

export type Db = PrismaClient;
/** What a `$transaction(async (tx) => …)` callback receives. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// One client per process; kept on globalThis so `next dev` hot reloads do not open a new
// connection on every edit (create-t3-app's pattern).
const globalForDb = globalThis as unknown as { claimtrailDb?: PrismaClient };

/** The process-wide client. */
export const db: PrismaClient = globalForDb.claimtrailDb ?? createDb();
if (process.env.NODE_ENV !== "production") globalForDb.claimtrailDb = db;
