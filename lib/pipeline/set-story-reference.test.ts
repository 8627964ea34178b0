import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { InputError } from "./input-error";
import { seedStories } from "./seed-stories";
import { setStoryReference } from "./set-story-reference";

const SLUG = "abraham-accords-expansion";
let testDb: TestDb;
beforeEach(() => {
  testDb = createTestDb();
});
afterEach(async () => {
  await testDb.dispose();
});

describe("setStoryReference", () => {
  it("makes another article the reference and re-runs the analysis against it", async () => {
    const { db } = testDb;
    await seedStories(db);
    const story = await db.story.findUniqueOrThrow({ where: { slug: SLUG }, include: { articles: true } });
    const orda = story.articles.find((article) => article.sourceFile === "004_cd2b3fb8890cfec0.txt")!;
    const before = await db.story.findUniqueOrThrow({ where: { id: story.id }, select: { analyzedAt: true } });

    const result = await setStoryReference(db, SLUG, orda.id);
    expect(result).toMatchObject({ isChanged: true, referenceArticleId: orda.id });
    const after = await db.story.findUniqueOrThrow({ where: { id: story.id } });
    expect(after.referenceArticleId).toBe(orda.id);
    expect(after.analyzedAt!.getTime()).toBeGreaterThanOrEqual(before.analyzedAt!.getTime());
    // The claims now come from Orda's text: every live statement slices out of it.
    const statements = await db.claim.findMany({ where: { storyId: story.id, kind: "statement", isStale: false } });
    expect(statements.length).toBeGreaterThan(5);
    for (const claim of statements) expect(orda.rawText.slice(claim.start!, claim.end!)).toBe(claim.text);
    // The old reference is now a derivative with labelled sentences.
    expect(await db.sentence.count({ where: { articleId: story.referenceArticleId!, label: { not: null } } })).toBeGreaterThan(5);
    expect(await db.auditLog.count({ where: { action: "story.set-reference", storyId: story.id } })).toBe(1);

    // Setting it again changes nothing and does not re-run.
    expect(await setStoryReference(db, SLUG, orda.id)).toMatchObject({ isChanged: false, analysis: null });
  });

  it("refuses an unknown story or an article of another story, writing nothing", async () => {
    const { db } = testDb;
    await seedStories(db);
    const audit = await db.auditLog.count();
    await expect(setStoryReference(db, "no-such-story", "x")).rejects.toThrow(/storySlug: there is no story "no-such-story"/);
    await expect(setStoryReference(db, SLUG, "notanarticle")).rejects.toThrow(InputError);
    await expect(setStoryReference(db, SLUG, "notanarticle")).rejects.toThrow(/articleId: story "abraham-accords-expansion" has no article notanarticle/);
    expect(await db.auditLog.count()).toBe(audit);
  });
});
