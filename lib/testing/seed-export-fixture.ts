import { afterAll, beforeAll } from "vitest";
import type { Db } from "@/lib/db";
import type { StoryExport } from "@/lib/export/story-export";
import { loadStoryExport } from "@/lib/pipeline/load-story-export";
import { seedStories } from "@/lib/pipeline/seed-stories";
import { setVerdict } from "@/lib/pipeline/set-verdict";
import { createTestDb, type TestDb } from "./create-test-db";

export const FIXTURE_SLUG = "abraham-accords-expansion";
/** An editor note with every character CSV must quote: a comma, double quotes and a line break. */
export const TRICKY_NOTE = 'Checked: the "diplomat" quote, as printed,\nappears nowhere in the Reuters copy.';

/**
 * The seed story with editor work on it: an invented verdict with a tricky note and a Note row,
 * a hardened verdict, and a faithful override (which no ClaimReview may publish). Returns the
 * loaded export and the ids of the edited appearances.
 */
export async function seedExportFixture(db: Db): Promise<{ data: StoryExport; invented: string; hardened: string; faithful: string }> {
  await seedStories(db);
  const story = { slug: FIXTURE_SLUG };
  const derivative = { story, referenceOf: null };
  const invented = await db.claimAppearance.findFirstOrThrow({ where: { article: { ...derivative, sourceFile: "003_08e63f9825b4c2c5.txt" }, claim: { isNew: true }, machineLabel: "invented" }, orderBy: { start: "asc" } });
  const hardened = await db.claimAppearance.findFirstOrThrow({ where: { article: { ...derivative, sourceFile: "000_6fbb3d5136221882.txt" }, claim: { kind: "statement" }, machineLabel: { not: "faithful" } }, orderBy: { start: "asc" } });
  const faithful = await db.claimAppearance.findFirstOrThrow({ where: { article: { ...derivative, sourceFile: "002_383cd2eb02f0c364.txt" }, machineLabel: "softened" }, orderBy: { start: "asc" } });
  const editedAt = new Date("2025-08-03T10:00:00Z");
  // The invented verdict goes through the editors' own write path (which also keeps the note as a
  // Note row), so the exports see exactly what an editor's save stores.
  const editor = await db.user.create({ data: { email: "fixture-editor@example.org", role: "editor", passwordHash: "unused" } });
  const saved = await setVerdict(db, editor.id, { appearanceId: invented.id, version: invented.version, label: "invented", note: TRICKY_NOTE });
  if (!saved.ok) throw new Error(`the fixture verdict was refused: ${saved.message}`);
  await db.claimAppearance.update({ where: { id: invented.id }, data: { editedAt } });
  await db.note.create({ data: { body: "Asked the blog for its source; no answer.", appearanceId: invented.id } });
  await db.claimAppearance.update({ where: { id: hardened.id }, data: { editorLabel: "hardened", isReviewed: true, editedAt: new Date("2025-08-04T09:30:00Z") } });
  await db.claimAppearance.update({ where: { id: faithful.id }, data: { editorLabel: "faithful", editorNote: "Same meaning in context.", isReviewed: true, editedAt } });
  const data = await loadStoryExport(db, FIXTURE_SLUG);
  if (!data) throw new Error("the seed story did not load");
  return { data, invented: invented.id, hardened: hardened.id, faithful: faithful.id };
}

export type ExportFixture = Awaited<ReturnType<typeof seedExportFixture>> & { testDb: TestDb };

/**
 * For a test file: a database of its own seeded with the export fixture before its tests and
 * deleted after them. Read the fixture inside tests (`fixture()`), once beforeAll has run.
 */
export function useExportFixture(): () => ExportFixture {
  let current: ExportFixture | undefined;
  beforeAll(async () => {
    const testDb = createTestDb();
    current = { testDb, ...(await seedExportFixture(testDb.db)) };
  });
  afterAll(async () => {
    await current?.testDb.dispose();
  });
  return () => {
    if (!current) throw new Error("the export fixture is read before beforeAll ran");
    return current;
  };
}
