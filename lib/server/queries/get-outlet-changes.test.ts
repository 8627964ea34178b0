import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedStories } from "@/lib/pipeline/seed-stories";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { CHANGE_LABELS, getOutletChanges } from "./get-outlet-changes";

vi.mock("server-only", () => ({}));

const SEED = "abraham-accords-expansion";

describe("getOutletChanges over the seed story", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = createTestDb();
    await seedStories(testDb.db);
  }, 60_000);
  afterAll(() => testDb.dispose());

  const outletId = (name: string) => testDb.db.outlet.findUniqueOrThrow({ where: { name }, select: { id: true } }).then((outlet) => outlet.id);

  it("lists every changed or new item of an outlet, by sentence, with the reference sentence and a word diff", async () => {
    const changes = await getOutletChanges(SEED, await outletId("The Levant Files"), testDb.db);
    expect(changes?.outlet.name).toBe("The Levant Files");
    const [article] = changes!.articles;
    const items = article!.sentences.flatMap((sentence) => sentence.changes.map((change) => ({ sentence, change })));
    expect(items.length).toBeGreaterThan(5);
    expect(changes!.counts.find((count) => count.label === "invented")?.count).toBeGreaterThanOrEqual(3);
    expect(changes!.counts.reduce((sum, count) => sum + count.count, 0)).toBe(items.length);
    // Sentences in article order, each change's wording sliced back out of its sentence.
    const indexes = article!.sentences.map((sentence) => sentence.index!);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    for (const { sentence, change } of items) {
      expect(CHANGE_LABELS).toContain(change.label);
      expect(sentence.text.slice(change.fragmentStart, change.fragmentEnd)).toBe(change.text);
      if (change.claim.isNew) {
        expect(change.referenceSentence).toBeNull();
        expect(change.diff).toBeNull();
      } else {
        expect(change.referenceSentence?.text).toContain(change.claim.kind === "statement" ? change.claim.text.slice(0, 15) : change.claim.text);
        // The diff turns the reference's wording into the outlet's (jsdiff keeps one side's spacing).
        const diff = change.diff!;
        const words = (text: string) => text.replace(/\s+/g, "");
        expect(words(diff.filter((part) => part.type !== "inserted").map((part) => part.text).join(""))).toBe(words(change.claim.text));
        expect(words(diff.filter((part) => part.type !== "deleted").map((part) => part.text).join(""))).toBe(words(change.text));
      }
    }
    // The statements it leaves out, once each.
    expect(changes!.omitted.length).toBe(new Set(changes!.omitted.map((claim) => claim.claimId)).size);
  });

  it("shows an editor's relabelling and who set it", async () => {
    const id = await outletId("The Levant Files");
    const before = await getOutletChanges(SEED, id, testDb.db);
    const first = before!.articles[0]!.sentences[0]!.changes[0]!;
    const editor = await testDb.db.user.create({ data: { email: "ana@example.org", name: "Ana", role: "editor", passwordHash: "x" } });
    await testDb.db.claimAppearance.update({ where: { id: first.appearanceId }, data: { editorLabel: "faithful", editorId: editor.id, isReviewed: true } });
    try {
      const after = await getOutletChanges(SEED, id, testDb.db);
      const ids = after!.articles.flatMap((article) => article.sentences.flatMap((sentence) => sentence.changes.map((change) => change.appearanceId)));
      // Relabelled faithful: no longer a change.
      expect(ids).not.toContain(first.appearanceId);
      await testDb.db.claimAppearance.update({ where: { id: first.appearanceId }, data: { editorLabel: "invented" } });
      const relabelled = (await getOutletChanges(SEED, id, testDb.db))!.articles.flatMap((article) => article.sentences.flatMap((sentence) => sentence.changes));
      expect(relabelled.find((change) => change.appearanceId === first.appearanceId)).toMatchObject({ label: "invented", editorName: "Ana" });
    } finally {
      await testDb.db.claimAppearance.update({ where: { id: first.appearanceId }, data: { editorLabel: null, editorId: null, isReviewed: false } });
    }
  });

  it.each([
    ["an unknown outlet", SEED, "nosuchoutlet"],
    ["an unknown story", "no-such-story", null],
  ])("is null for %s", async (_, slug, outlet) => {
    expect(await getOutletChanges(slug, outlet ?? (await outletId("The Levant Files")), testDb.db)).toBeNull();
  });

  it("has nothing to compare for the reference's outlet", async () => {
    const story = await testDb.db.story.findUniqueOrThrow({ where: { slug: SEED }, select: { referenceArticle: { select: { outletId: true } } } });
    const changes = await getOutletChanges(SEED, story.referenceArticle!.outletId, testDb.db);
    expect(changes?.articles.every((article) => article.isReference && article.sentences.length === 0)).toBe(true);
    expect(changes?.counts).toEqual([]);
  });
});
