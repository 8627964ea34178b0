import { createDb } from "@/lib/db";
import { InputError } from "@/lib/pipeline/input-error";
import { bootstrapDatabase } from "@/lib/pipeline/prepare-database";
import { seedStories } from "@/lib/pipeline/seed-stories";

// `npm run db:seed` / `prisma db seed`: loads every story in seeds/ (idempotent).
const db = createDb();
try {
  // The search index's triggers must exist before rows are written, so seeded claims are indexed.
  await bootstrapDatabase(db);
  const results = await seedStories(db, process.argv[2]);
  for (const result of results) {
    const what = result.isNewStory ? "created" : result.createdArticleIds.length ? "updated" : "unchanged";
    console.log(`seed: ${result.slug} ${what} (+${result.createdArticleIds.length} articles)`);
  }
} catch (error) {
  console.error(error instanceof InputError ? `seed failed: ${error.message}` : error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
