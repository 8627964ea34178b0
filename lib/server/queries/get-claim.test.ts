import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedStories } from "@/lib/pipeline/seed-stories";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { getClaim, MAX_APPEARANCES_PER_OUTLET, type ClaimPage } from "./get-claim";

vi.mock("server-only", () => ({}));

const LIGHTSTONE = "Aryeh Lightstone, a key Witkoff aide, met Aliyev later in the spring in part to discuss the Abraham Accords, three of the sources said.";

describe("getClaim over the seed story", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = createTestDb();
    await seedStories(testDb.db);
  }, 60_000);
  afterAll(() => testDb.dispose());

  const claimWhere = async (where: Parameters<TestDb["db"]["claim"]["findFirstOrThrow"]>[0]) => {
    const { id } = await testDb.db.claim.findFirstOrThrow({ ...where, select: { id: true } });
    return (await getClaim(id, testDb.db)) as ClaimPage;
  };

  it("is null for an unknown id", async () => {
    expect(await getClaim("no-such-claim", testDb.db)).toBeNull();
  });

  it("returns the reference first, then the derivatives that carry the claim, with word diffs", async () => {
    const claim = await claimWhere({ where: { text: LIGHTSTONE } });
    expect(claim.kind).toBe("statement");
    expect(claim.base).toEqual({ text: LIGHTSTONE, isReference: true });
    expect(claim.story.slug).toBe("abraham-accords-expansion");
    expect(claim.outlets.length).toBeGreaterThanOrEqual(2);
    const [reference, ...derivatives] = claim.outlets;
    expect(reference).toMatchObject({ outlet: "Reuters", isReference: true });
    expect(reference?.appearances[0]).toMatchObject({ text: LIGHTSTONE, diff: null, label: "faithful" });
    expect(derivatives.every((block) => !block.isReference)).toBe(true);
    for (const block of derivatives) {
      for (const appearance of block.appearances) {
        expect(appearance.sentenceIndex).not.toBeNull();
        expect(appearance.label).not.toBeNull();
        expect(appearance.diff).not.toBeNull();
        // The diff rebuilds both wordings: the outlet's exactly (same + inserted), the base up to
        // whitespace (same + deleted: jsdiff's diffWords keeps the new text's spacing).
        const parts = appearance.diff!;
        const join = (type: string) => parts.filter((p) => p.type !== type).map((p) => p.text).join("");
        expect(join("deleted")).toBe(appearance.text);
        expect(join("inserted").replace(/\s+/g, "")).toBe(LIGHTSTONE.replace(/\s+/g, ""));
      }
    }
    const parts = derivatives.flatMap((block) => block.appearances.flatMap((a) => a.diff ?? []));
    expect(parts.some((p) => p.type === "inserted")).toBe(true);
    expect(parts.some((p) => p.type === "deleted")).toBe(true);
    // Statements list their detail claims.
    expect(claim.details.map((detail) => detail.text)).toContain("Aryeh Lightstone");
  });

  it("gives a detail claim its parent statement", async () => {
    const claim = await claimWhere({ where: { text: "Aryeh Lightstone", kind: "detail" } });
    expect(claim.parent?.text).toBe(LIGHTSTONE);
    expect(claim.details).toEqual([]);
  });

  it("says which outlets introduced new material, and diffs against the first outlet's wording", async () => {
    const claim = await claimWhere({ where: { isNew: true, appearances: { some: { machineLabel: "invented" } } } });
    expect(claim.base.isReference).toBe(false);
    expect(claim.introducedBy.length).toBeGreaterThan(0);
    expect(claim.outlets.some((block) => block.isReference)).toBe(false);
    expect(claim.outlets.flatMap((block) => block.appearances).every((a) => a.diff !== null)).toBe(true);
  });

  it("lists the outlets that omitted a claim", async () => {
    const claim = await claimWhere({ where: { omissions: { some: {} } } });
    expect(claim.omittedBy.length).toBeGreaterThan(0);
    const carrying = new Set(claim.outlets.map((block) => block.articleId));
    for (const omission of claim.omittedBy) expect(carrying.has(omission.articleId)).toBe(false);
  });

  it("shows at most a few wordings per outlet, the most severe first, and lists the rest", async () => {
    const { db } = testDb;
    const claim = await db.claim.findFirstOrThrow({ where: { text: LIGHTSTONE }, select: { id: true } });
    const blog = await db.article.findFirstOrThrow({ where: { outlet: { name: "The Levant Files" } }, select: { id: true } });
    const sentences = await db.sentence.findMany({ where: { articleId: blog.id }, orderBy: { index: "asc" }, take: 5, select: { id: true, start: true, end: true, text: true } });
    const labels = ["faithful", "added", "invented", "softened", "faithful"] as const;
    const added = await db.claimAppearance.createManyAndReturn({
      data: sentences.map((sentence, i) => ({ claimId: claim.id, articleId: blog.id, sentenceId: sentence.id, start: sentence.start, end: sentence.end, text: sentence.text, machineLabel: labels[i] })),
      select: { id: true },
    });
    try {
      const page = (await getClaim(claim.id, db))!;
      const block = page.outlets.find((b) => b.outlet === "The Levant Files")!;
      expect(block.appearances).toHaveLength(MAX_APPEARANCES_PER_OUTLET);
      expect(block.appearances[0]?.label).toBe("invented");
      expect(block.moreAppearances.length).toBeGreaterThanOrEqual(3);
      expect(block.moreAppearances.every((more) => more.sentenceIndex !== null)).toBe(true);
    } finally {
      await db.claimAppearance.deleteMany({ where: { id: { in: added.map((row) => row.id) } } });
    }
  });

  it("shows an editor's verdict as the label and keeps the machine's beside it", async () => {
    const { db } = testDb;
    const story = await db.story.findFirstOrThrow({ select: { referenceArticleId: true } });
    const appearance = await db.claimAppearance.findFirstOrThrow({ where: { machineLabel: "softened", articleId: { not: story.referenceArticleId! } } });
    await db.claimAppearance.update({ where: { id: appearance.id }, data: { editorLabel: "hardened", editorNote: "Reads stronger in context", isReviewed: true } });
    const claim = (await getClaim(appearance.claimId, db))!;
    const view = claim.outlets.flatMap((block) => block.appearances).find((a) => a.id === appearance.id);
    expect(view).toMatchObject({ label: "hardened", machineLabel: "softened", editorLabel: "hardened", editorNote: "Reads stronger in context", isReviewed: true });
    expect(view?.reasons.length).toBeGreaterThan(0);
    expect(view?.reasons[0]).toMatchObject({ code: expect.stringMatching(/^[a-z-]+$/), detail: expect.any(String) });
  });
});
