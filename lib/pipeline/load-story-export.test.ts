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
});
