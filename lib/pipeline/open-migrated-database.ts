import { createDb, type Db } from "@/lib/db";
import { applyMigrations, bootstrapDatabase } from "./prepare-database";

/**
 * The database of DATABASE_URL made ready for a command-line tool, as `npm start` makes it:
 * pending migrations applied (a fresh file gets every table instead of a Prisma stack trace about
 * a missing one), then the search index bootstrapped. Every CLI that opens the database uses it.
 */
export async function openMigratedDatabase(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<Db> {
  applyMigrations();
  const db = createDb();
  try {
    await bootstrapDatabase(db, log);
  } catch (error) {
    await db.$disconnect();
    throw error;
  }
  return db;
}
