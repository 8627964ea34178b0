import { getEnv } from "./config/env";

/** The embedded database when DATABASE_URL is not set: a file beside the schema. */
export const DEFAULT_DATABASE_URL = "file:./prisma/dev.db";

/** The database URL in force for this process. */
export function getDatabaseUrl(): string {
  return getEnv().DATABASE_URL;
}
