import { createDb } from "@/lib/db";
import { InputError } from "@/lib/pipeline/input-error";
import { prepareDatabase } from "@/lib/pipeline/prepare-database";

// Used by `npm run dev`: migrations, and the seed story when the database is empty.
const db = createDb();
try {
  await prepareDatabase(db);
} catch (error) {
  console.error(error instanceof InputError ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
