import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analysisReportSchema } from "@/lib/validation/analysis-report";
import { analyzeStory, type AnalysisReport, type SentenceLabel } from ".";

// Golden tests over every story in seeds/: the report must validate, every offset must slice back,
// it must match the committed expected report (regenerate with UPDATE_GOLDEN=1 after a deliberate
// change, then review the diff), and it must agree with the human annotations where they are clear.
const SEEDS = path.resolve(import.meta.dirname, "../../seeds");
const isUpdating = process.env.UPDATE_GOLDEN === "1";

interface Annotations {
  reference: string;
  articles: {
    file: string;
    sentences: { quote: string; label: SentenceLabel; reference: string | null; why: string; certainty: "clear" | "ambiguous" }[];
    omitted: string[];
  }[];
}

/**
 * Agreement with the clear human labels below which the golden test fails: issue 12's target is
 * 90 %. The seed story measures 47/52 (90.4 %); one sentence fewer (46/52, 88 %) fails. The five
 * disagreements left are alignment misses (a loose paraphrase, a sentence split in two, a new
 * claim stacked on a reference claim) and one credit hidden behind an appositive.
 */
const MIN_CLEAR_AGREEMENT = 0.9;

for (const slug of readdirSync(SEEDS).filter((name) => existsSync(path.join(SEEDS, name, "manifest.json")))) {
  const dir = path.join(SEEDS, slug);
  const manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as {
    reference: string;
    articles: { file: string; outlet: { name: string } }[];
  };
  const read = (file: string) => readFileSync(path.join(dir, file), "utf8");
  const referenceOutlet = manifest.articles.find((a) => a.file === manifest.reference)?.outlet.name;
  const texts = new Map(manifest.articles.map((article) => [article.file, read(article.file)]));
  const report: AnalysisReport = analyzeStory(
    { file: manifest.reference, text: texts.get(manifest.reference) ?? "" },
    manifest.articles.filter((a) => a.file !== manifest.reference).map((a) => ({ file: a.file, text: texts.get(a.file) ?? "" })),
    { referenceOutletNames: referenceOutlet ? [referenceOutlet] : [] },
  );

  describe(`golden: ${slug}`, () => {
    it("validates against the exported report schema", () => {
      expect(() => analysisReportSchema.parse(report)).not.toThrow();
    });

    it("has offsets that slice back exactly (sentences, details, claims, excluded spans)", () => {
      const reference = texts.get(manifest.reference) ?? "";
      for (const span of [...report.reference.claims, ...report.reference.excluded]) {
        expect(reference.slice(span.start, span.end)).toBe(span.text);
      }
      for (const article of report.articles) {
        const text = texts.get(article.file) ?? "";
        const spans = [...article.excluded, ...article.sentences, ...article.sentences.flatMap((s) => s.details)];
        for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
      }
    });

    const expectedFile = path.join(dir, "expected-report.json");
    it("matches the committed expected report (UPDATE_GOLDEN=1 regenerates it)", () => {
      if (isUpdating) writeFileSync(expectedFile, `${JSON.stringify(report, null, 2)}\n`);
      expect(existsSync(expectedFile), `${expectedFile} is missing: run UPDATE_GOLDEN=1 npx vitest run lib/analysis/golden.test.ts`).toBe(true);
      expect(report).toEqual(JSON.parse(readFileSync(expectedFile, "utf8")));
    });

    const annotationsFile = path.join(dir, "annotations.json");
    it.runIf(existsSync(annotationsFile))("agrees with the human annotations", () => {
      const annotations = JSON.parse(readFileSync(annotationsFile, "utf8")) as Annotations;
      let clear = 0;
      let agreed = 0;
      const disagreements: string[] = [];
      for (const annotated of annotations.articles) {
        const article = report.articles.find((a) => a.file === annotated.file);
        expect(article, annotated.file).toBeDefined();
        for (const sentence of annotated.sentences) {
          const found = article?.sentences.find((s) => s.text.includes(sentence.quote) || sentence.quote.includes(s.text));
          if (sentence.certainty !== "clear") continue;
          clear += 1;
          if (found?.label === sentence.label) agreed += 1;
          else disagreements.push(`${annotated.file}: “${sentence.quote}” human=${sentence.label} machine=${found?.label ?? "not a sentence"}`);
        }
      }
      const agreement = clear === 0 ? 1 : agreed / clear;
      console.log(`${slug}: machine agrees with ${agreed}/${clear} clear human labels (${(agreement * 100).toFixed(0)} %)\n  ${disagreements.join("\n  ")}`);
      expect(agreement).toBeGreaterThanOrEqual(MIN_CLEAR_AGREEMENT);
    });
  });
}
