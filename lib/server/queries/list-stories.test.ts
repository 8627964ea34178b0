import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createStory } from "@/lib/pipeline/create-story";
import { seedStories } from "@/lib/pipeline/seed-stories";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { parseClaimsSearch } from "@/lib/validation/claims-search";
import { listStories } from "./list-stories";
import { searchClaims } from "./search-claims";

vi.mock("server-only", () => ({}));

let testDb: TestDb;
beforeAll(async () => {
  testDb = createTestDb();
  await seedStories(testDb.db);
  await createStory(testDb.db, { title: "Abandoned story" }, { actorId: null, actorLabel: "test" });
}, 120_000);
afterAll(() => testDb.dispose());

describe("draft stories", () => {
  it("are listed for editors only, marked as drafts", async () => {
    expect((await listStories({}, testDb.db)).map((story) => story.title)).not.toContain("Abandoned story");
    const forEditors = await listStories({ includeDrafts: true }, testDb.db);
    expect(forEditors.find((story) => story.title === "Abandoned story")).toMatchObject({ isDraft: true });
    expect(forEditors.find((story) => story.slug === "abraham-accords-expansion")).toMatchObject({ isDraft: false });
  });

  it("leave search results once their reference is their only article", async () => {
    const story = await testDb.db.story.findUniqueOrThrow({ where: { slug: "abraham-accords-expansion" }, select: { id: true, referenceArticleId: true } });
    const search = parseClaimsSearch({ q: "Azerbaijan" });
    expect((await searchClaims(search, testDb.db)).total).toBeGreaterThan(0);
    // Every derivative moved to another story: the seed story is back to a draft.
    const other = await createStory(testDb.db, { title: "Elsewhere" }, { actorId: null, actorLabel: "test" });
    await testDb.db.article.updateMany({ where: { storyId: story.id, id: { not: story.referenceArticleId! } }, data: { storyId: other.id } });
    expect((await searchClaims(search, testDb.db)).total).toBe(0);
  });
});
