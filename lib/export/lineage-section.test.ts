import { describe, expect, it, vi } from "vitest";
import { getStoryLineage } from "@/lib/server/queries/get-story-lineage";
import { FIXTURE_SLUG, useExportFixture } from "@/lib/testing/seed-export-fixture";
import { buildLineageSection } from "./lineage-section";

vi.mock("server-only", () => ({}));

const fixture = useExportFixture();
const CARRIERS = ["AnewZ", "newsbeep.com", "The Levant Files", "Orda.kz"];

describe("buildLineageSection", () => {
  it("gives the same estimate as the lineage page, from the export data alone", async () => {
    const { data, testDb } = fixture();
    const page = (await getStoryLineage(FIXTURE_SLUG, testDb.db))!;
    const { lineage } = buildLineageSection(data);
    const pick = (links: typeof lineage.links) => links.map(({ articleId, sourceId, score, margin, isUndecided }) => ({ articleId, sourceId, score, margin, isUndecided }));
    expect(pick(lineage.links)).toEqual(pick(page.lineage.links));
    expect(lineage.sharedDetails).toEqual(page.lineage.sharedDetails);
  });

  it("puts every link with its evidence and the shared details into a JSON-ready object", () => {
    const { json, articles } = buildLineageSection(fixture().data);
    expect(articles.map((article) => article.outlet)).toEqual(["Reuters", ...CARRIERS]);
    expect(json.links.map((link) => link.article.outlet)).toEqual(CARRIERS);
    for (const link of json.links) {
      expect(link.evidence.length).toBeGreaterThan(0);
      expect(link.change).toMatch(/changed$/);
    }
    const five = json.sharedDetails.find((group) => group.key === "word:five");
    expect(five?.carriers.map((carrier) => [carrier.outlet, carrier.isFirstAppearance])).toEqual([
      ["AnewZ", true],
      ["newsbeep.com", false],
      ["The Levant Files", false],
      ["Orda.kz", false],
    ]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("renders a Markdown section: a table of sources, the evidence per link, the shared details", () => {
    const { markdown, json } = buildLineageSection(fixture().data);
    const text = markdown.join("\n");
    expect(markdown[0]).toBe("## Lineage: who copied whom");
    for (const link of json.links) {
      expect(text).toContain(`| ${link.article.outlet} | ${link.isUndecided && link.runnerUp ? `${link.source.outlet} or ${link.runnerUp.outlet}: undecided` : link.source.outlet} | ${link.score.toFixed(2)} (${link.margin.toFixed(2)}) |`);
      expect(text).toContain(`### ${link.article.outlet} ← `);
    }
    expect(text).toContain("- First in AnewZ: “five sources familiar with the matter told”; then newsbeep.com (“citing five sources with knowledge of the matter”), The Levant Files (“five officials familiar with the talks say”), Orda.kz (“citing five sources”)");
    expect(markdown.at(-1)).not.toBe("");
  });

  it("says so when there is nothing to trace", () => {
    const { data } = fixture();
    const onlyReference = { ...data, articles: data.articles.filter((article) => article.isReference) };
    const { markdown, json } = buildLineageSection(onlyReference);
    expect(json.links).toEqual([]);
    expect(markdown.at(-1)).toBe("No derivative to trace.");
  });
});
