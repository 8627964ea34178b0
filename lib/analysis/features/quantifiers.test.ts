import { describe, expect, it } from "vitest";

import { findQuantifiers } from "./quantifiers";
import { createTestView, listSliceMismatches } from "./test-support";

const rows: Array<{
  why: string;
  sentence: string;
  expected: Array<Partial<{ text: string; word: string; strength: number }>>;
}> = [
  {
    why: "'no' is the bottom of the scale",
    sentence: "No airline agreed.",
    expected: [{ text: "No", word: "no", strength: 0 }],
  },
  {
    why: "'none' is the bottom of the scale",
    sentence: "None of them came.",
    expected: [{ text: "None", word: "none", strength: 0 }],
  },
  {
    why: "bare 'few' stresses scarcity",
    sentence: "Few donors remain.",
    expected: [{ text: "Few", word: "few", strength: 0.15 }],
  },
  {
    why: "'a few' is a small positive amount, matched as one phrase",
    sentence: "A few donors remain.",
    expected: [{ text: "A few", word: "a few", strength: 0.25 }],
  },
  {
    why: "'some' is a weak existential",
    sentence: "Some banks closed.",
    expected: [{ word: "some", strength: 0.25 }],
  },
  {
    why: "'certain' before a plural noun quantifies",
    sentence: "Certain ports reopened.",
    expected: [{ word: "certain", strength: 0.25 }],
  },
  {
    why: "'certain' after a copula is a booster, not a quantifier",
    sentence: "The result is certain.",
    expected: [],
  },
  {
    why: "'several' sits mid-scale",
    sentence: "Several towns voted.",
    expected: [{ word: "several", strength: 0.45 }],
  },
  {
    why: "'many' is above several",
    sentence: "Many towns voted.",
    expected: [{ word: "many", strength: 0.6 }],
  },
  {
    why: "'numerous' reads like many",
    sentence: "Numerous towns voted.",
    expected: [{ word: "numerous", strength: 0.6 }],
  },
  {
    why: "'most' before a noun is a majority",
    sentence: "Most towns voted.",
    expected: [{ word: "most", strength: 0.8 }],
  },
  {
    why: "'the majority of' is a majority phrase",
    sentence: "The majority of towns voted.",
    expected: [{ text: "The majority of", strength: 0.8 }],
  },
  {
    why: "'nearly all' is just below all",
    sentence: "Nearly all towns voted.",
    expected: [{ text: "Nearly all", word: "nearly all", strength: 0.9 }],
  },
  {
    why: "'all' is the top of the scale",
    sentence: "All towns voted.",
    expected: [{ word: "all", strength: 1 }],
  },
  {
    why: "'every' is the top of the scale",
    sentence: "Every town voted.",
    expected: [{ word: "every", strength: 1 }],
  },
  {
    why: "'each' is the top of the scale",
    sentence: "Each town voted.",
    expected: [{ word: "each", strength: 1 }],
  },
  {
    why: "'entire' is the top of the scale",
    sentence: "The entire region voted.",
    expected: [{ word: "entire", strength: 1 }],
  },
  {
    why: "'some' before a number is a numeric qualifier",
    sentence: "Some 40 towns voted.",
    expected: [],
  },
  {
    why: "'the most' before an adjective is a superlative",
    sentence: "It was the most serious breach.",
    expected: [],
  },
  {
    why: "'at all' and 'each other' are idioms",
    sentence: "They did not trust each other at all.",
    expected: [],
  },
  {
    why: "'no longer' is about time",
    sentence: "They no longer trade.",
    expected: [],
  },
  {
    why: "'both' before a plural noun is all of two",
    sentence: "Both parties signed.",
    expected: [{ word: "both", strength: 1 }],
  },
];

describe("findQuantifiers", () => {
  it.each(rows)("$why", ({ sentence, expected }) => {
    const view = createTestView(sentence);
    const found = findQuantifiers(view);
    expect(listSliceMismatches(view.text, found)).toEqual([]);
    expect(found).toHaveLength(expected.length);
    expect(found).toMatchObject(expected);
  });
});
