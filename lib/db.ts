import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/prisma-postgresql/client";
import { isStorageFault } from "./db-errors";
import { dialectOfUrl, type DbDialect } from "./db-dialect";
import { getDatabaseUrl } from "./db-url";

const DIALECT = Symbol.for("claimtrail.dbDialect");

/**
 * PrismaPg's factory, with @prisma/adapter-pg and pg loaded when the first connection opens: they
 * take ~50 ms to load, which every CLI run on SQLite spent before it did anything.
 */
function createPgAdapter(connectionString: string): SqlDriverAdapterFactory {
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString }).connect();
    },
  };
}

/**
 * A Prisma client on the database at `url` (default: DATABASE_URL): the embedded SQLite file, or
 * PostgreSQL for a postgresql:// URL. Both clients are generated from the same data model
 * (prisma/postgresql/schema.prisma is rendered from prisma/schema.prisma), so the PostgreSQL one
 * has the same model API and is typed as the SQLite one; SQL that differs asks `dialectOf`.
 */
export function createDb(url: string = getDatabaseUrl()): PrismaClient {
  const dialect = dialectOfUrl(url);
  const client =
    dialect === "postgresql"
      ? (new PostgresPrismaClient({ adapter: createPgAdapter(url) }) as unknown as PrismaClient)
      : new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
  // A property rather than a WeakMap: transaction clients (`tx`) are proxies that read through to it.
  Object.defineProperty(client, DIALECT, { value: dialect });
  return client;
}

/** Which SQL a client (or a transaction client made from it) speaks. */
export function dialectOf(db: Db | Tx): DbDialect {
  return ((db as unknown as Record<symbol, DbDialect | undefined>)[DIALECT]) ?? "sqlite";
}

export type Db = PrismaClient;
/** What a `$transaction(async (tx) => …)` callback receives. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// One client per process; kept on globalThis so `next dev` hot reloads do not open a new
// connection on every edit (create-t3-app's pattern).
const globalForDb = globalThis as unknown as { claimtrailDb?: PrismaClient };

/**
 * The app's client over two connections: queries run on one, interactive transactions
 * (`db.$transaction(async (tx) => …)`: imports, analyses, verdicts) on the other. SQLite isolates
 * connections, so a page rendered while an analysis is being written reads the last committed
 * state, never half of a transaction or one that is later rolled back — and the page cache never
 * keeps such a page. With the write-ahead log (enabled by `npm start`) readers do not wait for the
 * writer either.
 */
export function createAppDb(url: string = getDatabaseUrl()): PrismaClient {
  const reader = createDb(url);
  let writer = createDb(url);
  /**
   * After a storage fault (disk full, read-only file, I/O error) the writer's connection is
   * replaced: whatever state the failed transaction left on it (an open transaction after a failed
   * COMMIT, a poisoned journal handle) goes with it, so the next write starts clean and succeeds
   * as soon as the cause is gone — no restart. The old connection closes in the background.
   */
  const runTransaction = async (input: unknown, options?: unknown) => {
    const current = writer;
    try {
      return await (current.$transaction as (...args: unknown[]) => Promise<unknown>)(input, options);
    } catch (error) {
      if (isStorageFault(error) && writer === current) {
        writer = createDb(url);
        void current.$disconnect().catch(() => undefined);
      }
      throw error;
    }
  };
  return new Proxy(reader, {
    get(target, property) {
      // An array of queries is built on this client and runs as one batch on its own connection;
      // an interactive transaction (a callback) runs on the writer's.
      if (property === "$transaction") {
        return (input: unknown, options?: unknown) => (Array.isArray(input) ? (target.$transaction as (...args: unknown[]) => unknown)(input, options) : runTransaction(input, options));
      }
      if (property === "$disconnect") return () => Promise.all([target.$disconnect(), writer.$disconnect()]).then(() => undefined);
      return Reflect.get(target, property) as unknown;
    },
  });
}

/** The process-wide client. */
export const db: PrismaClient = globalForDb.claimtrailDb ?? createAppDb();
if (process.env.NODE_ENV !== "production") globalForDb.claimtrailDb = db;
