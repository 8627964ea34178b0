import { describe, expect, it, vi } from "vitest";
import { summarizeStory } from "@/lib/export/summarize-story";
import { getOutletScorecard } from "@/lib/server/queries/get-outlet-scorecard";
import { getStoryMatrix } from "@/lib/server/queries/get-story-matrix";
import { FIXTURE_SLUG, useExportFixture } from "@/lib/testing/seed-export-fixture";
import { loadStoryExport } from "./load-story-export";

vi.mock("server-only", () => ({}));

const fixture = useExportFixture();

describe("loadStoryExport", () => {
  it("returns null for an unknown story", async () => {
    expect(await loadStoryExport(fixture().testDb.db, "no-such-story")).toBeNull();
  });

  it("loads the reference first, every claim with its appearances, editor labels winning", () => {
    const { data } = fixture();
    expect(data.articles[0]).toMatchObject({ isReference: true, file: "001_4d75c897f5d879f7.txt", outlet: { name: "Reuters" } });
    expect(data.articles).toHaveLength(5);
    const appearances = data.claims.flatMap((claim) => claim.appearances);
    const faithful = appearances.find((appearance) => appearance.id === fixture().faithful)!;
    expect(faithful).toMatchObject({ label: "faithful", editorLabel: "faithful", machineLabel: "softened", editorNote: "Same meaning in context." });
    const invented = appearances.find((appearance) => appearance.id === fixture().invented)!;
    expect(invented.notes).toEqual(["Asked the blog for its source; no answer."]);
    expect(data.claims.find((claim) => claim.reportId === "c1")).toMatchObject({ kind: "statement", isNew: false });
    expect(data.claims.filter((claim) => claim.isNew).map((claim) => claim.reportId).slice(0, 2)).toEqual(["n1", "n2"]);
  });

  it("tallies the same scorecard as the story page", async () => {
    const matrix = await getStoryMatrix(FIXTURE_SLUG, { sort: "date", expand: [] }, fixture().testDb.db);
    const page = getOutletScorecard(matrix!);
    const summary = summarizeStory(fixture().data);
    const byArticle = new Map(summary.scorecard.map((tally) => [tally.article.id, tally]));
    expect(summary.statementCount).toBe(page.statementCount);
    for (const outlet of page.outlets) {
      expect(byArticle.get(outlet.articleId)).toMatchObject({ counts: outlet.counts, faithfulStatements: outlet.faithfulStatements, unlabelled: outlet.unlabelled });
    }
  });

  it("with revisions \"changed\", analyses only articles captured more than once, as \"all\" does", async () => {
    const { testDb, data } = fixture();
    const derivative = data.articles.find((article) => !article.isReference)!;
    const stored = await testDb.db.article.findUniqueOrThrow({ where: { id: derivative.id }, select: { rawText: true } });
    const edited = stored.rawText.replace(/\./, ", officials said.");
    const revision = await testDb.db.articleRevision.create({ data: { articleId: derivative.id, number: 99, rawText: edited, contentHash: "edited", capturedAt: new Date("2030-01-01T00:00:00Z") } });
    try {
      const all = (await loadStoryExport(testDb.db, FIXTURE_SLUG, "all"))!.revisions;
      const changed = (await loadStoryExport(testDb.db, FIXTURE_SLUG, "changed"))!.revisions;
      expect(changed.map((article) => article.articleId)).toEqual(all.map((article) => article.articleId));
      for (const [index, article] of changed.entries()) {
        if (article.revisions.length > 1) {
          expect(article.articleId).toBe(derivative.id);
          expect(article).toEqual(all[index]); // the same analysis, labels and changes
          expect(article.revisions.at(-1)!.labels).not.toBeNull();
        } else {
          // Captured once: listed, unanalysed (what "Changes after publication" never shows).
          expect(article.revisions.map((item) => item.labels)).toEqual([null]);
        }
      }
      expect(all.some((article) => article.revisions.length === 1 && article.revisions[0]!.labels !== null)).toBe(true);
    } finally {
      await testDb.db.articleRevision.delete({ where: { id: revision.id } });
    }
  });
});
