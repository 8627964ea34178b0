import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { LABELS, type Label } from "@/lib/labels";
import { seedStories } from "@/lib/pipeline/seed-stories";
import { getArticleReader } from "@/lib/server/queries/get-article-reader";
import { getStoryLabelTotals } from "@/lib/server/queries/get-story-label-totals";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";

vi.mock("server-only", () => ({}));

let testDb: TestDb;
beforeAll(async () => {
  testDb = createTestDb();
  await seedStories(testDb.db);
}, 120_000);
afterAll(() => testDb.dispose());

/** The article pages' sentence labels of a story, added up. */
async function sumArticlePages(storyId: string): Promise<Record<Label, number>> {
  const sum = Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>;
  for (const { id } of await testDb.db.article.findMany({ where: { storyId }, select: { id: true } })) {
    const reader = await getArticleReader(id, testDb.db);
    for (const label of LABELS) sum[label] += reader!.labelCounts[label];
  }
  return sum;
}

describe("sentence counts", () => {
  it("agree between the home page and the article pages after an editor relabels new material inside a sentence", async () => {
    const story = await testDb.db.story.findUniqueOrThrow({ where: { slug: "abraham-accords-expansion" }, select: { id: true } });
    // An "added" detail that an editor finds invented (the case that split 28/15 from 29/14).
    const detail = await testDb.db.claimAppearance.findFirstOrThrow({ where: { machineLabel: "added", claim: { storyId: story.id, isNew: true }, sentence: { label: "added" } }, orderBy: { start: "asc" } });
    await testDb.db.claimAppearance.update({ where: { id: detail.id }, data: { editorLabel: "invented", isReviewed: true } });
    const home = (await getStoryLabelTotals(testDb.db)).get(story.id)!;
    const pages = await sumArticlePages(story.id);
    expect(pages).toEqual(home);
  });
});
