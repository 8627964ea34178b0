import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { storyManifestSchema } from "@/lib/validation/story-manifest";
import { deleteArticle } from "./delete-article";
import { importArticles } from "./import-articles";
import { DEFAULT_SEEDS_DIR, seedStories } from "./seed-stories";
import { setVerdict } from "./set-verdict";

const SLUG = "abraham-accords-expansion";
const SEED = path.join(DEFAULT_SEEDS_DIR, SLUG);
const manifest = storyManifestSchema.parse(JSON.parse(readFileSync(path.join(SEED, "manifest.json"), "utf8")));
const ADMIN = { id: "", role: "admin" as const };

describe("deleteArticle", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = createTestDb();
    await seedStories(testDb.db);
    ADMIN.id = (await testDb.db.user.create({ data: { email: "admin@example.org", role: "admin", passwordHash: "x" } })).id;
  }, 120_000);
  afterAll(() => testDb.dispose());

  const articleOf = (outlet: string) => testDb.db.article.findFirstOrThrow({ where: { story: { slug: SLUG }, outlet: { name: outlet } }, select: { id: true } });

  it("is for admins only: an editor (or a viewer) is refused and nothing changes", async () => {
    const { id } = await articleOf("Orda.kz");
    for (const role of ["editor", "viewer"] as const) {
      expect(await deleteArticle(testDb.db, { id: ADMIN.id, role }, { articleId: id, confirm: "yes" })).toEqual({ ok: false, status: 403, message: "Only an admin can delete an article." });
    }
    expect(await testDb.db.article.count({ where: { id } })).toBe(1);
  });

  it("wants the confirmation box ticked", async () => {
    const { id } = await articleOf("Orda.kz");
    const result = await deleteArticle(testDb.db, ADMIN, { articleId: id, confirm: "" as "yes" });
    expect(result).toMatchObject({ ok: false, status: 422, fieldErrors: { confirm: ["Tick the box to confirm the deletion"] } });
    expect(await testDb.db.article.count({ where: { id } })).toBe(1);
  });

  it("refuses the reference with a message saying what to do instead", async () => {
    const story = await testDb.db.story.findUniqueOrThrow({ where: { slug: SLUG }, select: { referenceArticleId: true } });
    const result = await deleteArticle(testDb.db, ADMIN, { articleId: story.referenceArticleId!, confirm: "yes" });
    expect(result).toMatchObject({ ok: false, status: 422, message: expect.stringMatching(/reference.*Make another article the reference first, or delete the whole story/) });
    expect(await testDb.db.article.count({ where: { id: story.referenceArticleId! } })).toBe(1);
  });

  it("deletes a derivative, keeps its text, outlet, title, URL, verdicts and notes in the audit entry, and re-analyses the story as if it had never been imported", async () => {
    const { db } = testDb;
    const { id } = await articleOf("AnewZ");
    const reviewed = await db.claimAppearance.findFirstOrThrow({ where: { articleId: id, machineLabel: "invented" }, select: { id: true, version: true, text: true } });
    const verdict = await setVerdict(db, ADMIN.id, { appearanceId: reviewed.id, version: reviewed.version, label: "added", note: "The outlet sourced this itself." });
    expect(verdict.ok).toBe(true);
    const rawText = (await db.article.findUniqueOrThrow({ where: { id }, select: { rawText: true } })).rawText;

    const result = await deleteArticle(db, ADMIN, { articleId: id, confirm: "yes" });
    expect(result).toMatchObject({ ok: true, storySlug: SLUG });
    expect(await db.article.count({ where: { id } })).toBe(0);
    expect(await db.claimAppearance.count({ where: { articleId: id } })).toBe(0);

    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "article.delete", entityId: id } });
    expect(entry).toMatchObject({ actorId: ADMIN.id, entityType: "Article", after: null });
    const before = entry.before as { title: string; url: string; rawText: string; outlet: { name: string }; verdicts: { editorLabel: string | null; editorNote: string | null; text: string; notes: { body: string }[] }[] };
    const anewz = manifest.articles.find((article) => article.outlet.name === "AnewZ")!;
    expect(before).toMatchObject({ title: anewz.title, url: anewz.url, rawText, outlet: { name: "AnewZ", kind: anewz.outlet.kind } });
    expect(before.verdicts).toContainEqual(expect.objectContaining({ text: reviewed.text, editorLabel: "added", editorNote: "The outlet sourced this itself." }));

    // The remaining articles read exactly as in a story that never held AnewZ.
    const rest = manifest.articles.filter((article) => article.outlet.name !== "AnewZ");
    await importArticles(db, {
      newStory: { title: "Without AnewZ", slug: "without-anewz" },
      articles: rest.map((article) => ({ text: readFileSync(path.join(SEED, article.file), "utf8"), outlet: article.outlet.name, url: article.url, publishedAt: article.publishedAt, title: article.title, isReference: article.file === manifest.reference })),
    });
    const labelsOf = async (slug: string) => {
      const articles = await db.article.findMany({ where: { story: { slug } }, orderBy: [{ publishedAt: "asc" }, { createdAt: "asc" }], select: { outlet: { select: { name: true } }, sentences: { orderBy: { index: "asc" }, select: { label: true } } } });
      return articles.map((article) => [article.outlet.name, article.sentences.map((sentence) => sentence.label)]);
    };
    expect(await labelsOf(SLUG)).toEqual(await labelsOf("without-anewz"));
    const liveNewClaims = (slug: string) => db.claim.count({ where: { story: { slug }, isNew: true, isStale: false } });
    expect(await liveNewClaims(SLUG)).toBe(await liveNewClaims("without-anewz"));
  }, 120_000);

  it("answers 404 for an article that is gone", async () => {
    expect(await deleteArticle(testDb.db, ADMIN, { articleId: "no-such-article", confirm: "yes" })).toMatchObject({ ok: false, status: 404 });
  });
});
