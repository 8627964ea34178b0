import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { importArticles } from "@/lib/pipeline/import-articles";
import { seedStories } from "@/lib/pipeline/seed-stories";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { LABEL_SEVERITY } from "@/lib/labels";
import { getReviewQueue } from "./get-review-queue";

vi.mock("server-only", () => ({}));

const SEED = "abraham-accords-expansion";

describe("getReviewQueue", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = createTestDb();
    await seedStories(testDb.db);
    await importArticles(testDb.db, {
      newStory: { title: "Budget vote", slug: "budget-vote" },
      articles: [
        { text: "Council approves budget\n\nThe city council approved a $2.4 billion budget on Monday, officials said.", outlet: { name: "City Wire", kind: "wire" }, isReference: true },
        { text: "Council passes budget\n\nThe city council approved a $2.6 billion budget on Monday.", outlet: { name: "Metro Daily", kind: "newspaper" } },
      ],
    });
  }, 60_000);
  afterAll(() => testDb.dispose());

  it("lists every story's unreviewed verdicts, most consequential first, with each story's progress", async () => {
    const { items, progress } = await getReviewQueue({}, testDb.db);
    expect(progress.map((row) => row.slug)).toEqual([SEED, "budget-vote"]);
    const severities = items.map((item) => LABEL_SEVERITY[item.machineLabel]);
    expect(severities).toEqual([...severities].sort((a, b) => b - a));
    expect(items[0]?.machineLabel).toBe("invented");
  });

  it("narrows to one story when asked", async () => {
    const { items, progress } = await getReviewQueue({ storySlug: "budget-vote" }, testDb.db);
    expect(progress).toEqual([expect.objectContaining({ slug: "budget-vote", reviewed: 0 })]);
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((item) => item.storyTitle))).toEqual(new Set(["Budget vote"]));
    expect(items.map((item) => item.outlet)).not.toContain("City Wire"); // the reference is not reviewed
  });

  it("gives each item its whole sentence with the fragment placed in it, and the reference sentence it is compared with", async () => {
    const { items } = await getReviewQueue({ storySlug: SEED }, testDb.db);
    const fragments = items.filter((item) => item.sentence && item.sentence.text !== item.text);
    expect(fragments.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.sentence).not.toBeNull();
      const { text, fragmentStart, fragmentEnd } = item.sentence!;
      // The offsets slice the fragment back out of the sentence.
      expect(text.slice(fragmentStart, fragmentEnd)).toBe(item.text);
      expect(item.sentenceIndex).not.toBeNull();
    }
    // Reference material names the reference sentence; new material has none.
    const fromReference = items.filter((item) => !item.isNew);
    expect(fromReference.length).toBeGreaterThan(0);
    for (const item of fromReference) expect(item.referenceSentence?.text).toContain(item.claimKind === "statement" ? item.claimText.slice(0, 20) : "");
    const reference = await testDb.db.story.findUniqueOrThrow({ where: { slug: SEED }, select: { referenceArticleId: true } });
    for (const item of fromReference) expect(item.referenceSentence?.articleId).toBe(reference.referenceArticleId);
    const added = items.filter((item) => item.isNew);
    expect(added.length).toBeGreaterThan(0);
    for (const item of added) expect(item.referenceSentence).toBeNull();
  });
});
