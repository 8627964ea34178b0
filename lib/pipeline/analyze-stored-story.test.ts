import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { analyzeStoredStory } from "./analyze-stored-story";
import { seedStories } from "./seed-stories";

let testDb: TestDb;
beforeEach(() => {
  testDb = createTestDb();
});
afterEach(async () => {
  await testDb.dispose();
});

async function seedAndGetStory() {
  await seedStories(testDb.db);
  return testDb.db.story.findUniqueOrThrow({ where: { slug: "abraham-accords-expansion" }, include: { articles: true } });
}

describe("analyzeStoredStory", () => {
  it("writes claims, appearances, omissions, sentences and excluded spans when a story is seeded", async () => {
    const story = await seedAndGetStory();
    const { db } = testDb;
    expect(story.analyzedAt).not.toBeNull();
    expect(await db.claim.count({ where: { storyId: story.id, kind: "statement" } })).toBeGreaterThan(20);
    expect(await db.claim.count({ where: { storyId: story.id, kind: "detail", isNew: false } })).toBeGreaterThan(20);
    expect(await db.claim.count({ where: { storyId: story.id, isNew: true } })).toBeGreaterThan(0);
    expect(await db.claimAppearance.count()).toBeGreaterThan(100);
    expect(await db.omission.count()).toBeGreaterThan(0);
    // The reference page's appended stories are stored as excluded spans, never as claims.
    const reference = story.articles.find((a) => a.id === story.referenceArticleId)!;
    const unrelated = await db.excludedSpan.findMany({ where: { articleId: reference.id, reason: "unrelated-story" } });
    expect(unrelated.length).toBeGreaterThan(0);
    for (const span of unrelated) {
      expect(await db.claim.count({ where: { storyId: story.id, start: { gte: span.start }, end: { lte: span.end } } })).toBe(0);
    }
    // Every stored span slices back out of the stored text.
    for (const article of story.articles) {
      for (const sentence of await db.sentence.findMany({ where: { articleId: article.id } })) {
        expect(article.rawText.slice(sentence.start, sentence.end)).toBe(sentence.text);
      }
      for (const appearance of await db.claimAppearance.findMany({ where: { articleId: article.id } })) {
        expect(article.rawText.slice(appearance.start, appearance.end)).toBe(appearance.text);
      }
    }
  });

  it("re-running replaces machine results and never touches editor verdicts", async () => {
    const story = await seedAndGetStory();
    const { db } = testDb;
    const derivativeAppearance = await db.claimAppearance.findFirstOrThrow({
      where: { article: { storyId: story.id, id: { not: story.referenceArticleId! } }, claim: { kind: "statement" } },
    });
    await db.claimAppearance.update({
      where: { id: derivativeAppearance.id },
      data: { editorLabel: "invented", editorNote: "checked by hand", isReviewed: true, version: { increment: 1 } },
    });
    const before = await db.claimAppearance.count();
    const machineBefore = await db.claimAppearance.findMany({ select: { claimId: true, articleId: true, start: true, end: true, machineLabel: true }, orderBy: [{ articleId: "asc" }, { start: "asc" }, { claimId: "asc" }] });

    const result = await analyzeStoredStory(db, story.id);
    expect(result.staleAppearances).toBe(0);
    expect(await db.claimAppearance.count()).toBe(before);
    const after = await db.claimAppearance.findUniqueOrThrow({ where: { id: derivativeAppearance.id } });
    expect(after).toMatchObject({ editorLabel: "invented", editorNote: "checked by hand", isReviewed: true, version: 1 });
    expect(after.machineLabel).toBe(derivativeAppearance.machineLabel);
    // Deterministic: the same machine verdicts come back.
    const machineAfter = await db.claimAppearance.findMany({ select: { claimId: true, articleId: true, start: true, end: true, machineLabel: true }, orderBy: [{ articleId: "asc" }, { start: "asc" }, { claimId: "asc" }] });
    expect(machineAfter).toEqual(machineBefore);
  });

  it("keeps an editor-reviewed appearance the machine no longer finds, marked stale", async () => {
    const story = await seedAndGetStory();
    const { db } = testDb;
    const claim = await db.claim.findFirstOrThrow({ where: { storyId: story.id, kind: "statement" } });
    const article = story.articles.find((a) => a.id !== story.referenceArticleId)!;
    // An appearance at a span the machine never produces, marked reviewed by an editor.
    await db.claimAppearance.create({
      data: { claimId: claim.id, articleId: article.id, start: 0, end: 5, text: article.rawText.slice(0, 5), machineLabel: "faithful", isReviewed: true, editorLabel: "altered" },
    });
    const result = await analyzeStoredStory(db, story.id);
    expect(result.staleAppearances).toBe(1);
    const kept = await db.claimAppearance.findFirstOrThrow({ where: { claimId: claim.id, articleId: article.id, start: 0, end: 5 } });
    expect(kept).toMatchObject({ isStale: true, editorLabel: "altered" });
  });

  it("moving the reference keeps every piece of editor work on claims the new run drops (nothing is hard-deleted)", async () => {
    const story = await seedAndGetStory();
    const { db } = testDb;
    const derivative = story.articles.find((a) => a.id !== story.referenceArticleId && a.sourceFile?.startsWith("002"))!;
    // A verdict on a detail (its statement has none), and a note on an appearance nobody reviewed.
    const detailAppearance = await db.claimAppearance.findFirstOrThrow({ where: { articleId: derivative.id, claim: { kind: "detail", parentId: { not: null }, isNew: false } } });
    await db.claimAppearance.update({ where: { id: detailAppearance.id }, data: { editorLabel: "altered", editorNote: "figure checked", isReviewed: true } });
    const noted = await db.claimAppearance.findFirstOrThrow({ where: { articleId: derivative.id, isReviewed: false, claim: { kind: "statement" } } });
    await db.note.create({ data: { body: "ask the outlet", appearanceId: noted.id } });

    // The old reference's claims are all gone from the new run: only editor work keeps them.
    await db.story.update({ where: { id: story.id }, data: { referenceArticleId: derivative.id } });
    await analyzeStoredStory(db, story.id);

    expect(await db.claimAppearance.findUnique({ where: { id: detailAppearance.id } })).toMatchObject({ editorLabel: "altered", editorNote: "figure checked" });
    expect(await db.claimAppearance.findUnique({ where: { id: noted.id } })).not.toBeNull();
    expect(await db.note.count({ where: { body: "ask the outlet" } })).toBe(1);
    const detail = await db.claim.findUniqueOrThrow({ where: { id: detailAppearance.claimId }, include: { parent: true } });
    expect(detail.parent).toMatchObject({ isStale: true }); // kept for its detail, marked stale
  });
});
