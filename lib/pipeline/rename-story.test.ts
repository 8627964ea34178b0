import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { renameArticle } from "./rename-article";
import { renameStory } from "./rename-story";
import { seedStories } from "./seed-stories";

const SLUG = "abraham-accords-expansion";

/** Renaming a story and an article (both are title-only edits, audited, for editors). */
describe("renameStory and renameArticle", () => {
  let testDb: TestDb;
  let editorId: string;
  beforeAll(async () => {
    testDb = createTestDb();
    await seedStories(testDb.db);
    editorId = (await testDb.db.user.create({ data: { email: "editor@example.org", role: "editor", passwordHash: "x" } })).id;
  }, 120_000);
  afterAll(() => testDb.dispose());

  it("renames a story; the slug stays; the audit entry has the old and the new title", async () => {
    const { db } = testDb;
    const before = await db.story.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true, title: true } });
    expect(await renameStory(db, { id: editorId, role: "editor" }, { slug: SLUG, title: "  Azerbaijan and the Abraham Accords\u200b " })).toEqual({ ok: true, title: "Azerbaijan and the Abraham Accords", slug: SLUG });
    expect(await db.story.findUniqueOrThrow({ where: { id: before.id }, select: { slug: true, title: true } })).toEqual({ slug: SLUG, title: "Azerbaijan and the Abraham Accords" });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "story.rename", entityId: before.id }, select: { before: true, after: true, actorId: true } })).toEqual({
      before: { title: before.title },
      after: { title: "Azerbaijan and the Abraham Accords" },
      actorId: editorId,
    });
  });

  it("renames an article (its title; the outlet keeps its name)", async () => {
    const { db } = testDb;
    const article = await db.article.findFirstOrThrow({ where: { story: { slug: SLUG }, outlet: { name: "Orda.kz" } }, select: { id: true, title: true } });
    expect(await renameArticle(db, { id: editorId, role: "editor" }, { articleId: article.id, title: "Orda: Central Asia and the accords" })).toEqual({ ok: true, title: "Orda: Central Asia and the accords", storySlug: SLUG });
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { title: true, outlet: { select: { name: true } } } })).toEqual({ title: "Orda: Central Asia and the accords", outlet: { name: "Orda.kz" } });
    expect(await db.auditLog.count({ where: { action: "article.rename", entityId: article.id } })).toBe(1);
    // The same title again changes nothing and writes no second entry.
    await renameArticle(db, { id: editorId, role: "editor" }, { articleId: article.id, title: "Orda: Central Asia and the accords" });
    expect(await db.auditLog.count({ where: { action: "article.rename", entityId: article.id } })).toBe(1);
  });

  it("refuses viewers, empty titles and unknown targets", async () => {
    const { db } = testDb;
    const article = await db.article.findFirstOrThrow({ where: { story: { slug: SLUG } }, select: { id: true } });
    expect(await renameStory(db, { id: editorId, role: "viewer" }, { slug: SLUG, title: "X" })).toEqual({ ok: false, status: 403, message: "Only an editor can rename a story." });
    expect(await renameArticle(db, { id: editorId, role: "viewer" }, { articleId: article.id, title: "X" })).toEqual({ ok: false, status: 403, message: "Only an editor can rename an article." });
    expect(await renameStory(db, { id: editorId, role: "editor" }, { slug: SLUG, title: " \u200b " })).toMatchObject({ ok: false, status: 422, fieldErrors: { title: ["Write a title"] } });
    expect(await renameArticle(db, { id: editorId, role: "editor" }, { articleId: "nope", title: "X" })).toMatchObject({ ok: false, status: 404 });
    expect(await renameStory(db, { id: editorId, role: "editor" }, { slug: "no-such-story", title: "X" })).toMatchObject({ ok: false, status: 404 });
  });
});
