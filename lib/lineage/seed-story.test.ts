import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedStories } from "@/lib/pipeline/seed-stories";
import { getStoryLineage, type StoryLineageView } from "@/lib/server/queries/get-story-lineage";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";

vi.mock("server-only", () => ({}));

// The seed story: a Reuters exclusive as republished without its lead paragraph, and four
// rewrites. All four say the report cites "five sources" — the missing lead's detail — so the
// reference copy cannot be where they got it.
const CARRIERS = ["AnewZ", "newsbeep.com", "The Levant Files", "Orda.kz"];

describe("lineage of the seed story", () => {
  let testDb: TestDb;
  let view: StoryLineageView;
  let outletOf: Map<string, string>;
  beforeAll(async () => {
    testDb = createTestDb();
    await seedStories(testDb.db);
    view = (await getStoryLineage("abraham-accords-expansion", testDb.db))!;
    outletOf = new Map(view.articles.map((article) => [article.id, article.outlet]));
  }, 60_000);
  afterAll(() => testDb.dispose());

  it("has one link per derivative, in time order, each to an earlier article or the reference", () => {
    expect(view.lineage.links.map((link) => outletOf.get(link.articleId))).toEqual(CARRIERS);
    for (const link of view.lineage.links) {
      const source = view.articles.findIndex((article) => article.id === link.sourceId);
      expect(source === 0 || source < view.lineage.order.indexOf(link.articleId)).toBe(true);
    }
  });

  it("groups the four carriers of “five sources”, first appearance first", () => {
    const five = view.lineage.sharedDetails.find((group) => group.key === "word:five");
    expect(five?.carriers.map((carrier) => outletOf.get(carrier.articleId))).toEqual(CARRIERS);
    expect(five?.carriers.map((carrier) => carrier.text)).toEqual(["five sources familiar with the matter told", "citing five sources with knowledge of the matter", "five officials familiar with the talks say", "citing five sources"]);
  });

  it("links every carrier of “five sources” to the other three, as its source's evidence or as a shared detail its source lacks", () => {
    for (const link of view.lineage.links) {
      const throughSource = link.evidence.some((item) => item.kind === "shared-detail" && item.key === "word:five") ? [link.sourceId] : [];
      const elsewhere = link.sharedElsewhere.find((shared) => shared.key === "word:five")?.articleIds ?? [];
      const linked = [...throughSource, ...elsewhere].map((id) => outletOf.get(id)).sort();
      expect(linked).toEqual(CARRIERS.filter((name) => name !== outletOf.get(link.articleId)).sort());
    }
  });

  it("says which copied which is uncertain where the evidence is weak, and keeps the evidence of the runner-up", () => {
    for (const link of view.lineage.links) {
      expect(link.margin).toBeGreaterThanOrEqual(0);
      if (link.runnerUp && outletOf.get(link.runnerUp.sourceId) !== "Reuters") {
        // Same publication day for all five articles: a derivative runner-up's order is uncertain.
        expect(link.runnerUp.evidence.find((item) => item.kind === "order")).toMatchObject({ isSameTime: true });
      }
      expect(link.changeShare).toBeGreaterThanOrEqual(0);
      expect(link.changeShare).toBeLessThanOrEqual(1);
    }
  });
});
