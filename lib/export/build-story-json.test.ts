import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_SEEDS_DIR } from "@/lib/pipeline/seed-stories";
import { useExportFixture } from "@/lib/testing/seed-export-fixture";
import { analysisReportSchema } from "@/lib/validation/analysis-report";
import { buildStoryJson } from "./build-story-json";

const SEED = path.join(DEFAULT_SEEDS_DIR, "abraham-accords-expansion");

const fixture = useExportFixture();

describe("buildStoryJson", () => {
  it("is a valid analysis report (labels.md) plus the story, sources and editor verdicts", () => {
    const report = analysisReportSchema.parse(JSON.parse(JSON.stringify(buildStoryJson(fixture().data))));
    expect(report.story).toMatchObject({ slug: "abraham-accords-expansion" });
    expect(report.reference).toMatchObject({ file: "001_4d75c897f5d879f7.txt", outlet: "Reuters" });
    expect(report.articles.map((article) => article.outlet)).toEqual(["AnewZ", "newsbeep.com", "The Levant Files", "Orda.kz"]);
    const invented = report.verdicts!.find((verdict) => verdict.note?.startsWith("Checked:"))!;
    expect(invented).toMatchObject({ label: "invented", editorLabel: "invented", isReviewed: true, file: "003_08e63f9825b4c2c5.txt", notes: ["Asked the blog for its source; no answer."], editedAt: "2025-08-03T10:00:00.000Z" });
    expect(report.verdicts!.find((verdict) => verdict.note === "Same meaning in context.")).toMatchObject({ label: "faithful", machineLabel: "softened", editorLabel: "faithful" });
    // Every id a sentence, an omission or a verdict names is a claim of the report.
    const ids = new Set([...report.reference.claims.map((claim) => claim.id), ...report.newClaims.map((claim) => claim.id)]);
    for (const article of report.articles) {
      for (const sentence of article.sentences) for (const id of [...sentence.matches.map((m) => m.claimId), ...sentence.details.map((d) => d.claimId)]) expect(ids.has(id), id).toBe(true);
      for (const id of article.omitted) expect(ids.has(id), id).toBe(true);
    }
  });

  it("carries who copied whom and every article's revisions with their labels (kept by the schema, not stripped)", () => {
    const { data } = fixture();
    const report = analysisReportSchema.parse(JSON.parse(JSON.stringify(buildStoryJson(data))));
    expect(report.lineage!.links.map((link) => link.article.outlet)).toEqual(["AnewZ", "newsbeep.com", "The Levant Files", "Orda.kz"]);
    for (const link of report.lineage!.links) expect(link.evidence.length).toBeGreaterThan(0);
    expect(report.revisions!.map((article) => article.outlet)).toEqual(data.articles.map((article) => article.outlet.name));
    for (const article of report.revisions!) {
      expect(article.revisions.length).toBeGreaterThanOrEqual(1);
      const isReference = article.articleId === data.story.referenceArticleId;
      // The reference has nothing to be compared with; every rewrite's revision is labelled.
      for (const revision of article.revisions) expect(revision.labels === null, article.outlet).toBe(isReference);
    }
    // A rewrite's revision reads as its stored analysis: the same number of sentences.
    const levant = report.revisions!.find((article) => article.outlet === "The Levant Files")!;
    const labelled = Object.entries(levant.revisions[0]!.labels!).filter(([label]) => label !== "omitted").reduce((sum, [, count]) => sum + count, 0);
    expect(labelled).toBe(data.articles.find((article) => article.outlet.name === "The Levant Files")!.sentences.filter((sentence) => sentence.label !== null).length);
  });

  it("rebuilds the same machine report the analysis CLI prints for the seed story (the golden file)", () => {
    const report = buildStoryJson(fixture().data);
    const expected = JSON.parse(readFileSync(path.join(SEED, "expected-report.json"), "utf8")) as typeof report;
    expect(report.reference.claims).toEqual(expected.reference.claims);
    expect(report.reference.excluded).toEqual(expected.reference.excluded);
    const strip = ({ matches: _m, details: _d, ...sentence }: (typeof report.articles)[number]["sentences"][number]) => sentence;
    for (const [index, article] of report.articles.entries()) {
      const golden = expected.articles[index]!;
      expect(article.file).toBe(golden.file);
      expect(article.sentences.map(strip)).toEqual(golden.sentences.map(strip));
      expect([...article.omitted].sort()).toEqual([...golden.omitted].sort());
      expect(article.excluded).toEqual(golden.excluded);
    }
    expect(report.newClaims.map((claim) => [claim.text, claim.label, claim.files])).toEqual(expected.newClaims.map((claim) => [claim.text, claim.label, claim.files]));
  });
});
