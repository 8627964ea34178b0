import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { getEnv } from "./config/env";

/** The embedded database when DATABASE_URL is not set: a file beside the schema. */
export const DEFAULT_DATABASE_URL = "file:./prisma/dev.db";

/** The database URL in force for this process. */
export function getDatabaseUrl(): string {
  return getEnv().DATABASE_URL;
}

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
