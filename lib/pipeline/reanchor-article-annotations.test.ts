import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/auth/create-user";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { analyzeStoredStory } from "./analyze-stored-story";
import { annotateSpan } from "./annotate-span";
import { hashContent } from "./hash-content";
import { reanchorArticleAnnotations } from "./reanchor-article-annotations";
import { seedStories } from "./seed-stories";
import { setVerdict } from "./set-verdict";

describe("annotations across a re-import", () => {
  let testDb: TestDb;
  let editorId: string;
  beforeAll(async () => {
    testDb = createTestDb();
    await seedStories(testDb.db);
    const created = await createUser(testDb.db, { email: "ed@example.org", role: "editor", password: "a long enough password" }, { actorId: null, cost: { N: 1024, r: 8, p: 1 } });
    if (!created.ok) throw new Error(created.reason);
    editorId = created.user.id;
  }, 60_000);
  afterAll(() => testDb.dispose());

  it("moves spans with their text, orphans deleted ones, and keeps editor verdicts through the re-analysis", async () => {
    const { db } = testDb;
    const story = await db.story.findFirstOrThrow({ include: { articles: { include: { sentences: { orderBy: { index: "asc" } } } } } });
    const article = story.articles.find((a) => a.id !== story.referenceArticleId && a.sentences.length > 10)!;
    const [kept, deleted] = [article.sentences[4]!, article.sentences[8]!];
    const claim = await db.claim.findFirstOrThrow({ where: { storyId: story.id, kind: "statement" } });

    // Two hand-linked spans (one becomes a new claim) and one machine verdict overridden.
    const span = (sentence: typeof kept) => ({ articleId: article.id, start: sentence.start, end: sentence.end, exact: sentence.text, label: "altered" as const, note: "checked against the wire copy" });
    const linked = await annotateSpan(db, editorId, { ...span(kept), claimId: claim.id });
    const created = await annotateSpan(db, editorId, { ...span(deleted), newClaimText: "A claim only this outlet makes" });
    if (!linked.ok || !created.ok) throw new Error("annotation refused");
    const machine = await db.claimAppearance.findFirstOrThrow({ where: { articleId: article.id, foundBy: "machine", sentenceId: article.sentences[2]!.id } });
    expect((await setVerdict(db, editorId, { appearanceId: machine.id, version: machine.version, label: "invented", note: "no such quote in the reference" })).ok).toBe(true);

    // The outlet updates its page: a new first paragraph, and sentence 8 removed.
    const newText = `Update: this story was corrected on Monday.\n\n${article.rawText.slice(0, deleted.start)}${article.rawText.slice(deleted.end)}`;
    const summary = await db.$transaction(async (tx) => {
      const result = await reanchorArticleAnnotations(tx, article.id, newText);
      await tx.article.update({ where: { id: article.id }, data: { rawText: newText, contentHash: hashContent(newText) } });
      return result;
    });
    expect(summary).toEqual({ anchored: 0, moved: 2, orphaned: 1 });
    await analyzeStoredStory(db, story.id);

    const movedSpan = await db.claimAppearance.findUniqueOrThrow({ where: { id: linked.appearanceId }, include: { sentence: true } });
    expect(movedSpan).toMatchObject({ anchor: "moved", isStale: false, editorLabel: "altered", text: kept.text });
    expect(newText.slice(movedSpan.start, movedSpan.end)).toBe(kept.text);
    expect(movedSpan.sentence?.text).toBe(kept.text); // re-linked to the rebuilt sentence

    const orphan = await db.claimAppearance.findUniqueOrThrow({ where: { id: created.appearanceId } });
    expect(orphan).toMatchObject({ anchor: "orphaned", isStale: true, editorLabel: "altered", text: deleted.text, sentenceId: null });

    const overridden = await db.claimAppearance.findUniqueOrThrow({ where: { id: machine.id } });
    expect(overridden).toMatchObject({ anchor: "moved", isStale: false, editorLabel: "invented", machineLabel: machine.machineLabel });
    expect(newText.slice(overridden.start, overridden.end)).toBe(machine.text);

    const log = await db.auditLog.findMany({ where: { actorLabel: "re-import" }, select: { action: true, entityId: true } });
    expect(log).toEqual(
      expect.arrayContaining([
        { action: "annotation.moved", entityId: linked.appearanceId },
        { action: "annotation.moved", entityId: machine.id },
        { action: "annotation.orphaned", entityId: created.appearanceId },
      ]),
    );
  }, 60_000);

  it("refuses a span whose text no longer matches, a claim of another story, and a double link", async () => {
    const { db } = testDb;
    const article = await db.article.findFirstOrThrow({ where: { referenceOf: null }, include: { sentences: { take: 1, skip: 1, orderBy: { index: "asc" } } } });
    const sentence = article.sentences[0]!;
    const claim = await db.claim.findFirstOrThrow({ where: { storyId: article.storyId, appearances: { none: { articleId: article.id } } } });
    const input = { articleId: article.id, start: sentence.start, end: sentence.end, exact: sentence.text, claimId: claim.id, label: "added" as const, note: "n" };
    expect(await annotateSpan(db, editorId, { ...input, exact: `${sentence.text}x` })).toMatchObject({ ok: false, status: 409 });
    expect(await annotateSpan(db, editorId, { ...input, claimId: "not-a-claim" })).toMatchObject({ ok: false, status: 422 });
    expect(await annotateSpan(db, editorId, { ...input, note: "" })).toMatchObject({ ok: false, status: 422, fieldErrors: { note: [expect.any(String)] } });
    expect((await annotateSpan(db, editorId, input)).ok).toBe(true);
    expect(await annotateSpan(db, editorId, input)).toMatchObject({ ok: false, status: 409 });
  });
});
