import Database from "better-sqlite3";
import pg from "pg";
import { CHANGES_CHANNEL } from "@/lib/pipeline/bootstrap-postgres-search";

/**
 * The number the page cache (page-cache.ts) stamps pages with: it changes whenever any connection
 * of any process commits, and the cache empties when it does.
 * - SQLite: `PRAGMA data_version` on a connection that only ever reads it.
 * - PostgreSQL: a counter bumped by every notification on CHANGES_CHANNEL, which a statement-level
 *   trigger on every table sends (bootstrap-postgres-search.ts creates them). PostgreSQL delivers
 *   a notification only when its transaction commits, to every listening instance, and never for
 *   a rolled-back one. While the listening connection is down the version changes on every read,
 *   so nothing is served from the cache until it is back (missed notifications cannot go unseen).
 */
export interface DataVersion {
  read(): number;
  close(): Promise<void>;
}

/** First pause before reconnecting a lost listener, doubled up to RECONNECT_MAX_MS. */
const RECONNECT_FIRST_MS = 200;
/** A few seconds at most: the cache stays off meanwhile, so waiting longer only costs renders. */
const RECONNECT_MAX_MS = 5_000;

export function openSqliteDataVersion(databaseFile: string): DataVersion {
  const versionDb = new Database(databaseFile, { readonly: true, fileMustExist: true });
  const dataVersion = versionDb.prepare("PRAGMA data_version").pluck();
  return {
    read: () => Number(dataVersion.get()),
    close: async () => void versionDb.close(),
  };
}

export async function openPostgresDataVersion(url: string): Promise<DataVersion> {
  let version = 0;
  let client: pg.Client | null = null;
  let isClosed = false;
  let delay = RECONNECT_FIRST_MS;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on("notification", () => (version += 1));
    next.on("error", () => undefined);
    next.on("end", () => {
      if (client !== next || isClosed) return;
      client = null;
      setTimeout(() => void reconnect(), delay).unref();
    });
    await next.connect();
    await next.query(`LISTEN ${CHANGES_CHANNEL}`);
    client = next;
    delay = RECONNECT_FIRST_MS;
    version += 1; // whatever committed while no one listened
  };
  const reconnect = async () => {
    if (isClosed) return;
    try {
      await connect();
    } catch {
      delay = Math.min(delay * 2, RECONNECT_MAX_MS);
      setTimeout(() => void reconnect(), delay).unref();
    }
  };
  await connect();
  return {
    read: () => (client ? version : (version += 1)),
    async close() {
      isClosed = true;
      await client?.end().catch(() => undefined);
    },
  };
}
