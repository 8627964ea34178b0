import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { LABELS } from "@/lib/labels";
import { seedStories } from "@/lib/pipeline/seed-stories";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { getArticleReader, parseReasons } from "./get-article-reader";

// "server-only" throws outside React Server Components; the query itself is plain Prisma.
vi.mock("server-only", () => ({}));

let testDb: TestDb;
const ids = new Map<string, string>();

beforeAll(async () => {
  testDb = createTestDb();
  await seedStories(testDb.db);
  const articles = await testDb.db.article.findMany({ select: { id: true, outlet: { select: { name: true } } } });
  for (const article of articles) ids.set(article.outlet.name, article.id);
}, 120_000);
afterAll(() => testDb.dispose());

const read = async (outlet: string) => {
  const reader = await getArticleReader(ids.get(outlet) ?? "missing", testDb.db);
  if (!reader) throw new Error(`no reader for ${outlet}`);
  return reader;
};

describe("getArticleReader over the seed story", () => {
  it.each(["Reuters", "AnewZ", "newsbeep.com", "The Levant Files", "Orda.kz"])(
    "%s: every sentence and excluded span slices back from rawText, in order, without overlaps",
    async (outlet) => {
      const reader = await read(outlet);
      expect(reader.sentences.length).toBeGreaterThan(0);
      const spans = [...reader.sentences, ...reader.excluded.map((span) => ({ ...span, text: null }))].sort((a, b) => a.start - b.start);
      let cursor = 0;
      for (const span of spans) {
        expect(span.start).toBeGreaterThanOrEqual(cursor);
        expect(span.end).toBeLessThanOrEqual(reader.rawText.length);
        if (span.text !== null) expect(reader.rawText.slice(span.start, span.end)).toBe(span.text);
        cursor = span.end;
      }
      reader.sentences.forEach((sentence, position) => expect(sentence.index).toBe(position));
    },
  );

  it("labels every derivative sentence, with reasons and reference matches", async () => {
    const reader = await read("The Levant Files");
    expect(reader.isReference).toBe(false);
    expect(reader.sentences.every((sentence) => sentence.label !== null && LABELS.includes(sentence.label))).toBe(true);
    expect(reader.sentences.every((sentence) => sentence.reasons.length > 0)).toBe(true);
    const invented = reader.sentences.filter((sentence) => sentence.label === "invented");
    expect(invented.length).toBeGreaterThanOrEqual(3);
    expect(reader.labelCounts.invented).toBe(invented.length);
    // A paraphrased sentence points at the reference wording it came from.
    const faithful = reader.sentences.find((sentence) => sentence.label === "faithful");
    expect(faithful?.matches.length).toBeGreaterThan(0);
    expect(faithful?.matches[0]?.text).toMatch(/\w/);
    expect(reader.derivativeCount).toBe(4);
    expect(reader.labelCounts.omitted).toBeGreaterThan(0);
  });

  it("keeps the blog's page chrome as excluded spans with reasons", async () => {
    const reader = await read("The Levant Files");
    expect(reader.excluded.length).toBeGreaterThan(0);
    expect(reader.excluded.map((span) => span.reason)).toContain("related-links");
  });

  it("lists the reference's statement claims with how many derivatives carry each", async () => {
    const reader = await read("Reuters");
    expect(reader.isReference).toBe(true);
    expect(reader.sentences.every((sentence) => sentence.label === null)).toBe(true);
    expect(reader.claims.length).toBeGreaterThan(10);
    expect(reader.claims.map((claim) => claim.position)).toEqual([...reader.claims.map((claim) => claim.position)].sort((a, b) => a - b));
    for (const claim of reader.claims) {
      expect(claim.outletCount).toBeGreaterThanOrEqual(0);
      expect(claim.outletCount).toBeLessThanOrEqual(reader.derivativeCount);
      expect(claim.sentenceIndex).not.toBeNull();
    }
    // Some claim is carried by several outlets, and the counts agree with the stored appearances.
    const top = [...reader.claims].sort((a, b) => b.outletCount - a.outletCount)[0];
    expect(top?.outletCount).toBeGreaterThanOrEqual(2);
    const carriers = await testDb.db.claimAppearance.findMany({
      where: { claimId: top?.id, articleId: { not: reader.id } },
      distinct: ["articleId"],
      select: { articleId: true },
    });
    expect(carriers).toHaveLength(top?.outletCount ?? -1);
  });

  it("shows an editor's verdict over the machine's label", async () => {
    const reader = await read("newsbeep.com");
    const sentence = reader.sentences.find((s) => s.matches.length > 0 && s.label !== "invented");
    if (!sentence) throw new Error("no matched sentence");
    const blog = await testDb.db.sentence.findFirstOrThrow({ where: { articleId: reader.id, index: sentence.index }, select: { id: true } });
    await testDb.db.claimAppearance.updateMany({
      where: { sentenceId: blog.id, claimId: sentence.matches[0]?.claimId },
      data: { editorLabel: "invented", isReviewed: true },
    });
    const after = (await read("newsbeep.com")).sentences[sentence.index];
    expect(after).toMatchObject({ label: "invented", machineLabel: sentence.machineLabel, isEditorLabel: true });
  });

  it("reads the header: outlet, story, dates and warnings", async () => {
    const reader = await read("AnewZ");
    expect(reader).toMatchObject({ outlet: { name: "AnewZ", kind: "broadcaster" }, story: { slug: "abraham-accords-expansion" }, language: "eng", warnings: [] });
    expect(reader.publishedAt).toBeInstanceOf(Date);
    await testDb.db.article.update({ where: { id: reader.id }, data: { language: "rus", warnings: ["Detected rus: not labelled as English."] } });
    expect(await read("AnewZ")).toMatchObject({ language: "rus", warnings: ["Detected rus: not labelled as English."] });
  });

  it("returns null for an unknown id", async () => {
    expect(await getArticleReader("no-such-article", testDb.db)).toBeNull();
  });
});

describe("parseReasons", () => {
  it.each([
    [
      "a stored reason with evidence",
      [{ code: "quote-invented", detail: "d", evidence: { derivative: "q" } }],
      [{ code: "quote-invented", detail: "d", evidence: { reference: undefined, derivative: "q" } }],
    ],
    ["a reason without evidence", [{ code: "added-material", detail: "d" }], [{ code: "added-material", detail: "d", evidence: null }]],
    ["empty evidence is dropped", [{ code: "c", detail: "d", evidence: {} }], [{ code: "c", detail: "d", evidence: null }]],
    ["items without a code are skipped", [{ detail: "d" }, "x", null], []],
    ["a non-array value", { code: "c" }, []],
  ])("%s", (_why, input, expected) => {
    expect(parseReasons(input)).toEqual(expected);
  });
});
