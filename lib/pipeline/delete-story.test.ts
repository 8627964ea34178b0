import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { addNote } from "./add-note";
import { deleteStory } from "./delete-story";
import { seedStories } from "./seed-stories";

const SLUG = "abraham-accords-expansion";

describe("deleteStory", () => {
  let testDb: TestDb;
  let adminId: string;
  beforeAll(async () => {
    testDb = createTestDb();
    await seedStories(testDb.db);
    adminId = (await testDb.db.user.create({ data: { email: "admin@example.org", role: "admin", passwordHash: "x" } })).id;
  }, 120_000);
  afterAll(() => testDb.dispose());

  it("is for admins only and wants the box ticked", async () => {
    expect(await deleteStory(testDb.db, { id: adminId, role: "editor" }, { slug: SLUG, confirm: "yes" })).toMatchObject({ ok: false, status: 403 });
    expect(await deleteStory(testDb.db, { id: adminId, role: "admin" }, { slug: SLUG, confirm: "no" as "yes" })).toMatchObject({ ok: false, status: 422 });
    expect(await testDb.db.story.count({ where: { slug: SLUG } })).toBe(1);
  });

  it("deletes the story and everything in it; the audit entry keeps every article's text and the notes", async () => {
    const { db } = testDb;
    const claim = await db.claim.findFirstOrThrow({ where: { story: { slug: SLUG }, isNew: false }, select: { id: true, text: true } });
    expect((await addNote(db, adminId, { claimId: claim.id, body: "Checked with the wire desk." })).ok).toBe(true);
    const articles = await db.article.findMany({ where: { story: { slug: SLUG } }, select: { id: true, title: true, url: true, rawText: true, outlet: { select: { name: true } } } });
    const story = await db.story.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true, title: true } });
    const earlierEntries = await db.auditLog.count({ where: { storyId: story.id } });
    expect(earlierEntries).toBeGreaterThan(0);

    expect(await deleteStory(db, { id: adminId, role: "admin" }, { slug: SLUG, confirm: "yes" })).toEqual({ ok: true, slug: SLUG, articleCount: articles.length });
    expect(await db.story.count({ where: { slug: SLUG } })).toBe(0);
    expect(await db.article.count({ where: { id: { in: articles.map((article) => article.id) } } })).toBe(0);
    expect(await db.claim.count({ where: { storyId: story.id } })).toBe(0);

    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "story.delete", entityId: story.id } });
    const before = entry.before as { story: { slug: string; title: string }; articles: { id: string; title: string; url: string; rawText: string; outlet: { name: string } }[]; claimNotes: { body: string; claim: { text: string } }[] };
    expect(before.story).toMatchObject({ slug: SLUG, title: story.title });
    expect(before.articles.map(({ id, title, url, rawText, outlet }) => ({ id, title, url, rawText, outlet: { name: outlet.name } })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...articles].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(before.claimNotes).toContainEqual(expect.objectContaining({ body: "Checked with the wire desk.", claim: expect.objectContaining({ text: claim.text }) }));
    // The story's earlier history stays readable, unlinked from the story that is gone.
    expect(await db.auditLog.count({ where: { entityId: story.id } })).toBeGreaterThanOrEqual(1);
    expect(await db.auditLog.count({ where: { storyId: null } })).toBeGreaterThanOrEqual(earlierEntries + 1);
  }, 120_000);

  it("answers 404 for a story that is gone", async () => {
    expect(await deleteStory(testDb.db, { id: adminId, role: "admin" }, { slug: SLUG, confirm: "yes" })).toMatchObject({ ok: false, status: 404 });
  });
});
