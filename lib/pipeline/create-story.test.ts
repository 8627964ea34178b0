import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { createStory } from "./create-story";
import { InputError } from "./input-error";

let testDb: TestDb;
beforeEach(() => {
  testDb = createTestDb();
});
afterEach(async () => {
  await testDb.dispose();
});

describe("createStory", () => {
  it("makes the slug from the title, numbering repeats, and logs who created it", async () => {
    const { db } = testDb;
    const first = await createStory(db, { title: "  Minister’s résumé: 5 claims checked! " }, { actorId: null, actorLabel: "test" });
    const second = await createStory(db, { title: "Minister's resume — 5 claims checked" }, { actorId: null, actorLabel: "test" });
    expect(first).toMatchObject({ slug: "minister-s-resume-5-claims-checked", title: "Minister’s résumé: 5 claims checked!" });
    expect(second.slug).toBe("minister-s-resume-5-claims-checked-2");
    const log = await db.auditLog.findMany({ where: { action: "story.create" }, orderBy: { at: "asc" } });
    expect(log.map((entry) => [entry.entityId, entry.actorLabel])).toEqual([
      [first.id, "test"],
      [second.id, "test"],
    ]);
  });

  it.each([
    ["an empty title", { title: "   " }, "story › title: give the story a title"],
    ["a slug that is not lower-case words and hyphens", { title: "T", slug: "Not A Slug" }, "story › slug: must be lower-case words joined by hyphens"],
  ])("refuses %s and writes nothing", async (_why, input, message) => {
    const { db } = testDb;
    await expect(createStory(db, input, { actorId: null })).rejects.toThrow(message);
    expect(await db.story.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("refuses a slug that is taken, naming it, and leaves the first story alone", async () => {
    const { db } = testDb;
    await createStory(db, { title: "One", slug: "the-story" }, { actorId: null });
    const error = await createStory(db, { title: "Two", slug: "the-story" }, { actorId: null }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe('story › slug: a story "the-story" already exists; pick another slug or add articles to that story');
    expect(await db.story.findMany({ select: { title: true } })).toEqual([{ title: "One" }]);
  });
});
