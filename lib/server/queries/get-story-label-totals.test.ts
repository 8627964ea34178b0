import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { LABELS } from "@/lib/labels";
import { seedStories } from "@/lib/pipeline/seed-stories";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { getStoryLabelTotals } from "./get-story-label-totals";

vi.mock("server-only", () => ({}));

let testDb: TestDb;
beforeAll(async () => {
  testDb = createTestDb();
  await seedStories(testDb.db);
}, 120_000);
afterAll(() => testDb.dispose());

describe("getStoryLabelTotals", () => {
  it("is empty without stories", async () => {
    const empty = createTestDb();
    try {
      expect((await getStoryLabelTotals(empty.db)).size).toBe(0);
    } finally {
      await empty.dispose();
    }
  });

  it("counts the seed story's derivative sentences per label and its omitted statements", async () => {
    const story = await testDb.db.story.findUniqueOrThrow({ where: { slug: "abraham-accords-expansion" }, select: { id: true } });
    const totals = (await getStoryLabelTotals(testDb.db)).get(story.id);
    if (!totals) throw new Error("no totals for the seed story");
    for (const label of LABELS.filter((l) => l !== "omitted")) {
      const expected = await testDb.db.sentence.count({ where: { label, article: { storyId: story.id } } });
      expect(totals[label], label).toBe(expected);
    }
    expect(totals.invented).toBeGreaterThan(0);
    expect(totals.omitted).toBe(await testDb.db.omission.count({ where: { claim: { storyId: story.id, kind: "statement" } } }));
  });

  it("counts an edited sentence under the editor's verdict, not the machine's", async () => {
    const story = await testDb.db.story.findUniqueOrThrow({ where: { slug: "abraham-accords-expansion" }, select: { id: true } });
    const before = (await getStoryLabelTotals(testDb.db)).get(story.id)!;
    const appearance = await testDb.db.claimAppearance.findFirstOrThrow({
      where: { machineLabel: "faithful", sentence: { label: "faithful" }, claim: { storyId: story.id, kind: "statement" } },
      orderBy: { start: "asc" },
    });
    await testDb.db.claimAppearance.update({ where: { id: appearance.id }, data: { editorLabel: "invented", isReviewed: true } });
    const after = (await getStoryLabelTotals(testDb.db)).get(story.id)!;
    expect(after.faithful).toBe(before.faithful - 1);
    expect(after.invented).toBe(before.invented + 1);
  });
});
