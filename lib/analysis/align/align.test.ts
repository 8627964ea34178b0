import { describe, expect, it } from "vitest";
import {
  type AlignUnit,
  alignArticle,
  alignSentence,
  buildAlignIndex,
  MIN_MATCH_SCORE,
  tokenize,
} from "./index";

/** A small invented reference: one unit per sentence, offsets into REFERENCE. */
const REFERENCE_SENTENCES = [
  "The ministry said five soldiers were killed in the northern town of Karsk on Tuesday.",
  "Officials from Norland and Vesta met in Geneva to discuss a ceasefire agreement.",
  "The talks could be completed within weeks or months, two diplomats said.",
  "Farmers in the region have protested against rising fuel prices since January.",
  "The central bank raised interest rates by half a point to curb inflation.",
  "Norland's president, Anna Berg, arrived in Geneva on Monday and promised to sign a peace treaty with Vesta before the end of the year.",
];
const REFERENCE = REFERENCE_SENTENCES.join(" ");
const UNITS: AlignUnit[] = REFERENCE_SENTENCES.map((text, i) => {
  const start = REFERENCE.indexOf(text);
  return { id: `r${i}`, start, end: start + text.length, text };
});
const index = buildAlignIndex(UNITS);

/** Sentence boundaries of a derivative written one sentence per element. */
function layOut(sentences: string[]): {
  text: string;
  spans: { start: number; end: number }[];
} {
  const text = sentences.join(" ");
  let from = 0;
  const spans = sentences.map((s) => {
    const start = text.indexOf(s, from);
    from = start + s.length;
    return { start, end: from };
  });
  return { text, spans };
}

function alignOne(sentence: string) {
  return alignSentence(index, sentence, 0, sentence.length);
}

describe("alignSentence and acceptance", () => {
  const rows: { sentence: string; unit: string | null; why: string }[] = [
    {
      sentence: REFERENCE_SENTENCES[0] ?? "",
      unit: "r0",
      why: "verbatim copy",
    },
    {
      sentence:
        "Five soldiers died in Karsk, a town in the north, on Tuesday, according to the ministry.",
      unit: "r0",
      why: "paraphrase keeping the key terms (soldiers, Karsk, Tuesday, ministry, five)",
    },
    {
      sentence:
        "The ministry said six soldiers were killed in the northern town of Karsk on Tuesday.",
      unit: "r0",
      why: "a changed number still aligns, so the classifier can call it altered",
    },
    {
      sentence:
        "On Tuesday, in the northern town of Karsk, five soldiers were killed, the ministry said.",
      unit: "r0",
      why: "reordered clauses still align",
    },
    {
      sentence:
        "Vesta and Norland sent officials to Geneva for ceasefire talks.",
      unit: "r1",
      why: "reworded, with the names carrying the match",
    },
    {
      sentence: "Karsk, a garrison town, has a population of about 40,000.",
      unit: null,
      why: "same topic (Karsk) but none of the reference's claims",
    },
    {
      sentence: "The ministry did not say who was behind the attack.",
      unit: null,
      why: "shares only 'ministry' and 'said': a related but different claim",
    },
    {
      sentence: "Tourism in the capital has grown steadily for a decade.",
      unit: null,
      why: "unrelated",
    },
  ];

  it.each(rows)("$why", ({ sentence, unit }) => {
    const accepted =
      alignArticle(index, sentence, [{ start: 0, end: sentence.length }])
        .sentences[0]?.best ?? null;
    expect(accepted?.unitId ?? null).toBe(unit);
    if (unit !== null) {
      expect(alignOne(sentence)[0]?.unitId).toBe(unit);
      expect(accepted?.score).toBeGreaterThanOrEqual(MIN_MATCH_SCORE);
    }
  });

  it("scores a verbatim copy at about 1, with full coverage both ways", () => {
    const [best] = alignOne(REFERENCE_SENTENCES[1] ?? "");
    expect(best?.score).toBeGreaterThan(0.99);
    expect(best?.unitCoverage).toBeCloseTo(1);
    expect(best?.sentenceCoverage).toBeCloseTo(1);
  });

  it("returns candidates best first, scores in [0, 1], shared tokens as keys", () => {
    const matches = alignOne(
      "Norland's president met Vesta officials in Geneva on Monday to discuss a ceasefire.",
    );
    expect(matches.length).toBeGreaterThan(1);
    for (const [i, m] of matches.entries()) {
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(1);
      if (i > 0)
        expect(m.score).toBeLessThanOrEqual(matches[i - 1]?.score ?? 1);
    }
    expect(matches.find((m) => m.unitId === "r1")?.sharedTokens).toEqual(
      expect.arrayContaining([
        "norland",
        "vesta",
        "geneva",
        tokenize("ceasefire")[0]?.norm,
      ]),
    );
  });

  it("reads only its window of the text and is deterministic", () => {
    const text = `Unrelated preamble. ${REFERENCE_SENTENCES[2]} Unrelated tail.`;
    const start = text.indexOf("The talks");
    const end = start + (REFERENCE_SENTENCES[2]?.length ?? 0);
    const first = alignSentence(index, text, start, end);
    expect(first[0]?.unitId).toBe("r2");
    expect(alignSentence(index, text, start, end)).toEqual(first);
  });

  it("aligns nothing against an empty reference", () => {
    const empty = buildAlignIndex([]);
    const sentence = REFERENCE_SENTENCES[0] ?? "";
    expect(alignSentence(empty, sentence, 0, sentence.length)).toEqual([]);
  });

  it("returns nothing for a sentence sharing no content word", () => {
    expect(alignOne("Hello there, how are you?")).toEqual([]);
  });

  it("survives a huge run-on sentence (tokens are capped)", () => {
    const huge = "ceasefire Geneva ".repeat(50_000);
    expect(() => alignOne(huge)).not.toThrow();
  });
});

describe("alignArticle", () => {
  it("gives a merged sentence both units it carries", () => {
    const { text, spans } = layOut([
      "Officials from Norland and Vesta met in Geneva to discuss a ceasefire agreement, and two diplomats said the talks could be completed within weeks or months.",
    ]);
    const [sentence] = alignArticle(index, text, spans).sentences;
    expect(sentence?.matches.map((m) => m.unitId).sort()).toEqual(["r1", "r2"]);
  });

  it("gives a merged sentence the unit whose figure it changed, so the change can be judged", () => {
    // The rate unit is only partly there ("rates", "point", "curb"): its figure changed and its
    // other words were paraphrased, so it is covered at about 0.3 — enough for a second unit.
    const { text, spans } = layOut([
      "The ministry said five soldiers were killed in Karsk on Tuesday, and rates went up a quarter point to curb prices.",
    ]);
    const [sentence] = alignArticle(index, text, spans).sentences;
    expect(sentence?.matches.map((m) => m.unitId).sort()).toEqual(["r0", "r4"]);
  });

  it("flags two consecutive sentences that split one unit", () => {
    const { text, spans } = layOut([
      "Norland's president, Anna Berg, arrived in Geneva on Monday.",
      "She promised to sign a peace treaty with Vesta before the end of the year.",
    ]);
    const { sentences } = alignArticle(index, text, spans);
    for (const s of sentences) {
      const split = s.matches.find((m) => m.unitId === "r5");
      expect(split?.isSplit).toBe(true);
    }
  });

  it("does not flag a split when one sentence already carries the unit", () => {
    const { text, spans } = layOut([
      REFERENCE_SENTENCES[5] ?? "",
      "Anna Berg arrived in Geneva with a large delegation.",
    ]);
    const { sentences } = alignArticle(index, text, spans);
    expect(sentences[0]?.best?.unitId).toBe("r5");
    expect(
      sentences.flatMap((s) => s.matches).some((m) => m.isSplit === true),
    ).toBe(false);
  });

  it("keeps one entry per sentence, null best for added material", () => {
    const { text, spans } = layOut([
      "Farmers in the region have protested against rising fuel prices since January.",
      "Tourism in the capital has grown steadily for a decade.",
    ]);
    const { sentences } = alignArticle(index, text, spans);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]?.best?.unitId).toBe("r3");
    expect(sentences[1]).toEqual({ matches: [], best: null });
  });
});
