import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { importArticles } from "./import-articles";
import { seedStories } from "./seed-stories";

const REFERENCE = `Ministers will sign the port agreement on Friday, officials said.

The deal covers 12 harbours along the coast, according to the ministry.`;
const FIRST = `Ministers will sign the port agreement on Friday, officials said.

The deal covers 21 harbours along the coast.`;
const SECOND = `Ministers may sign the port agreement on Friday, officials said.

The deal covers 12 harbours along the coast, according to the ministry.`;

const url = "https://daily.example/ports";
const outlet = { name: "Daily Example", kind: "newspaper" } as const;

let testDb: TestDb;
beforeEach(() => {
  testDb = createTestDb();
});
afterEach(() => testDb.dispose());

async function importStory() {
  const { db } = testDb;
  const created = await importArticles(db, {
    newStory: { title: "Port deal", slug: "port-deal" },
    articles: [
      { text: REFERENCE, outlet: { name: "Wire", kind: "wire" }, isReference: true, url: "https://wire.example/ports" },
      { text: FIRST, outlet, url, capturedAt: "2025-08-01T09:00:00Z" },
    ],
  });
  return created.articles[1]!.id;
}

const revisionsOf = (articleId: string) =>
  testDb.db.articleRevision.findMany({ where: { articleId }, orderBy: { number: "asc" }, select: { number: true, rawText: true, capturedAt: true } });

describe("recordArticleRevision through an import", () => {
  it("keeps every import of an article as a revision; the article's text is the latest", async () => {
    const articleId = await importStory();
    const again = await importArticles(testDb.db, { storySlug: "port-deal", articles: [{ text: SECOND, outlet, url, capturedAt: "2025-08-01T15:30:00Z" }] });
    expect(again.articles[0]!.id).toBe(articleId); // a re-import at the same URL, not a new article
    const revisions = await revisionsOf(articleId);
    expect(revisions.map((revision) => [revision.number, revision.rawText, revision.capturedAt.toISOString()])).toEqual([
      [1, FIRST, "2025-08-01T09:00:00.000Z"],
      [2, SECOND, "2025-08-01T15:30:00.000Z"],
    ]);
    const article = await testDb.db.article.findUniqueOrThrow({ where: { id: articleId }, select: { rawText: true } });
    expect(article.rawText).toBe(SECOND);
  }, 60_000);

  it("adds nothing for a re-import that differs only in line endings and whitespace", async () => {
    const articleId = await importStory();
    const respaced = `  ${FIRST.replace(/\n/g, "\r\n").replace("the port", "the  port")}\n`;
    await importArticles(testDb.db, { storySlug: "port-deal", articles: [{ text: respaced, outlet, url }] });
    const revisions = await revisionsOf(articleId);
    expect(revisions.map((revision) => revision.number)).toEqual([1]);
    // Nothing is written (an unchanged re-import): the one revision stays equal to the article's text.
    const article = await testDb.db.article.findUniqueOrThrow({ where: { id: articleId }, select: { rawText: true } });
    expect(revisions[0]!.rawText).toBe(article.rawText);
    expect(revisions[0]!.capturedAt.toISOString()).toBe("2025-08-01T09:00:00.000Z");
  }, 60_000);

  it("gives the capture time of the import when none is given, and every seeded article its first revision", async () => {
    const before = Date.now();
    const created = await importArticles(testDb.db, { newStory: { title: "Undated" }, articles: [{ text: REFERENCE, outlet, isReference: true }] });
    const [revision] = await revisionsOf(created.articles[0]!.id);
    expect(revision!.capturedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);

    await seedStories(testDb.db);
    const withoutRevision = await testDb.db.article.count({ where: { revisions: { none: {} } } });
    expect(withoutRevision).toBe(0);
  }, 60_000);
});
