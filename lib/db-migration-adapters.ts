import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// The driver adapters of Prisma's CLI (prisma.config.ts) and the test databases. Apart from
// db-url.ts, which every process imports: pg and @prisma/adapter-pg take ~50 ms to load, which a
// process on SQLite need not spend.

/**
 * Prisma's `migrate diff --from-migrations` replays each migration file on a shadow database
 * through `executeRaw`, which better-sqlite3 refuses for multi-statement SQL (P3006). Run
 * argument-less statements as scripts on the shadow connection instead; the main connection is
 * untouched.
 */
export function wrapForScripts(
  factory: SqlMigrationAwareDriverAdapterFactory,
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    async connectToShadowDb() {
      const shadow = await factory.connectToShadowDb();
      const executeRaw = shadow.executeRaw.bind(shadow);
      shadow.executeRaw = async (query) => {
        if (query.args.length > 0) return executeRaw(query);
        await shadow.executeScript(query.sql);
        return 0;
      };
      return shadow;
    },
  };
}

/**
 * Prisma's schema engine reads PostgreSQL's catalogs (for migrate deploy, status and diff), whose
 * columns of type `name` and `"char"` @prisma/adapter-pg 6.19 refuses ("Column type 'name' could
 * not be deserialized", prisma/prisma#27403). pg hands both over as plain strings, so this client
 * reports them as text; the app's own queries never select such columns and use the plain adapter.
 */
const CATALOG_TEXT_TYPES = new Map([
  [18, 25], // "char" → text
  [19, 25], // name → text
  [1003, 1009], // name[] → text[]
]);

class CatalogTextClient extends pg.Client {
  override query(...args: unknown[]): never {
    const callback = typeof args.at(-1) === "function" ? (args.pop() as (error: unknown, result?: unknown) => void) : undefined;
    const promise = (super.query as (...a: unknown[]) => Promise<pg.QueryResult | pg.QueryResult[]>)(...args).then((result) => {
      for (const one of Array.isArray(result) ? result : [result]) {
        for (const field of one.fields ?? []) field.dataTypeID = CATALOG_TEXT_TYPES.get(field.dataTypeID) ?? field.dataTypeID;
      }
      return result;
    });
    if (!callback) return promise as never;
    promise.then((result) => callback(null, result), (error: unknown) => callback(error));
    return undefined as never;
  }
}

/** A postgresql:// `url` naming another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.href;
}

/**
 * The pg adapter for Prisma's CLI (prisma.config.ts): migrations, status and the drift check.
 * The adapter's own shadow database keeps the connection string's database name (the string wins
 * over its `database` option), so `migrate diff --from-migrations` would replay the migrations
 * into the real database; here the shadow gets a URL of its own and is dropped afterwards.
 */
export function createPgMigrationAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  const factoryFor = (target: string) => new PrismaPg({ connectionString: target, Client: CatalogTextClient } as pg.PoolConfig);
  const main = factoryFor(url);
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    async connectToShadowDb() {
      const admin = await main.connect();
      const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
      await admin.executeScript(`CREATE DATABASE "${database}"`);
      const shadow = await factoryFor(withDatabase(url, database)).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
        await admin.dispose();
      };
      return shadow;
    },
  };
}
