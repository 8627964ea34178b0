import type { Db } from "@/lib/db";
import { InputError } from "@/lib/pipeline/input-error";
import { openMigratedDatabase } from "@/lib/pipeline/open-migrated-database";
import { seedStories } from "@/lib/pipeline/seed-stories";

// `npm run db:seed` / `prisma db seed`: loads every story in seeds/ (idempotent). Migrations first
// (a fresh DATABASE_URL gets its tables); the search index's triggers exist before rows are
// written, so seeded claims are indexed.
let db: Db | undefined;
try {
  db = await openMigratedDatabase(console.log);
  const results = await seedStories(db, process.argv[2]);
  for (const result of results) {
    const what = result.isNewStory ? "created" : result.createdArticleIds.length ? "updated" : "unchanged";
    console.log(`seed: ${result.slug} ${what} (+${result.createdArticleIds.length} articles)`);
  }
} catch (error) {
  console.error(error instanceof InputError ? `seed failed: ${error.message}` : error);
  process.exitCode = 1;
} finally {
  await db?.$disconnect();
}
