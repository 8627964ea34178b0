import { describe, expect, it } from "vitest";
import type { AnalysisReport, ReportArticle } from "@/lib/analysis";
import { locateSpan, normalizeForMatch, scoreStory, type GoldStory } from "./score-story";

// The scorer must agree with shared/eval/score.py rule for rule; one row per rule.
describe("normalizeForMatch (score.py norm)", () => {
  it.each([
    ["curly single quotes and backtick fold to '", "it\u2019s `x\u2018", "it's 'x'"],
    ["curly double quotes fold to \"", "\u201cno\u201d \u201e", '"no" "'],
    ["dashes and minus fold to -", "a\u2013b\u2014c\u2212d", "a-b-c-d"],
    ["whitespace collapses and trims", "  a \n\t b  ", "a b"],
    ["NFKC folds ligatures and wide forms", "\ufb01ne \uff21", "fine a"],
    ["lower-cases", "Reuters", "reuters"],
  ])("%s", (_why, input, expected) => {
    expect(normalizeForMatch(input)).toBe(expected);
  });
});

function article(sentences: [string, string][], excluded: string[] = []): ReportArticle {
  return {
    file: "a.txt",
    title: null,
    language: "en",
    warnings: [],
    sentences: sentences.map(([text, label]) => ({ text, start: 0, end: text.length, label: label as "faithful", confidence: 1, reasons: [], matches: [], details: [] })),
    omitted: [],
    excluded: excluded.map((text) => ({ text, start: 0, end: text.length, reason: "navigation" as const })),
  };
}

describe("locateSpan", () => {
  const a = article([["The court suspended the deal.", "faithful"], ["Critics said it was rushed.", "added"]], ["Subscribe to our newsletter"]);
  it.each([
    ["a span inside one sentence takes its label", "court suspended", "faithful"],
    ["a span straddling two sentences takes the label of its first half", "suspended the deal. Critics said", "faithful"],
    ["a span in excluded text is excluded", "our newsletter", "excluded"],
    ["a span nowhere is null", "nothing like this", null],
  ])("%s", (_why, q, expected) => {
    expect(locateSpan(a, q)).toBe(expected);
  });
});

describe("scoreStory", () => {
  const report: AnalysisReport = {
    schemaVersion: 1,
    reference: { file: "ref.txt", title: null, language: "en", claims: [{ id: "s1", kind: "statement", text: "Reporting by A; Editing by B", start: 0, end: 28 }], excluded: [] },
    newClaims: [],
    articles: [article([["The court suspended the deal.", "faithful"], ["Critics said it was rushed.", "faithful"], ["Share this story", "added"]])],
  };
  const gold: GoldStory = {
    reference: "ref.txt",
    articles: {
      "a.txt": {
        spans: [
          { q: "court suspended the deal", gold: "faithful", ok: ["faithful"], key: true },
          { q: "Critics said", gold: "added", ok: ["added"], key: true },
        ],
        boilerplate: ["Share this story"],
      },
    },
    reference_boilerplate: ["Reporting by A"],
  };
  it("counts key accuracy, the all-faithful floor, deviation and boilerplate as score.py does", () => {
    const { figures, extra, misses, confusion } = scoreStory(gold, report);
    expect(extra).toEqual({ confident_spans: 2, confident_precision: 0.5 }); // both sentences at confidence 1, one right
    expect(figures).toMatchObject({ key_acc: 0.5, all_faithful_key_acc: 0.5, deviation_p: 0, deviation_r: 0, boilerplate_ok: "0/2" });
    expect(misses).toEqual([
      "a.txt: 'Critics said' got faithful, want added",
      "a.txt: boilerplate 'Share this story' labelled added",
      "reference boilerplate kept as a claim: 'Reporting by A'",
    ]);
    expect(confusion).toEqual({ faithful: { faithful: 1 }, added: { faithful: 1 } });
  });
});
