import { describe, expect, it } from "vitest";

import { findSuperlatives } from "./superlatives";
import { createTestView, listSliceMismatches } from "./test-support";

const rows: Array<{
  why: string;
  sentence: string;
  expected: Array<Partial<{ text: string; isScoped: boolean }>>;
}> = [
  {
    why: "an -est adjective with its article",
    sentence: "It is the largest field.",
    expected: [{ text: "the largest", isScoped: false }],
  },
  {
    why: "'one of the' scopes the superlative",
    sentence: "It is one of the largest fields.",
    expected: [{ text: "one of the largest", isScoped: true }],
  },
  {
    why: "'among the' scopes the superlative",
    sentence: "These talks are among the most advanced.",
    expected: [{ text: "among the most advanced", isScoped: true }],
  },
  {
    why: "'most' + adjective is a superlative",
    sentence: "It was the most serious breach.",
    expected: [{ text: "the most serious", isScoped: false }],
  },
  {
    why: "'least' + adjective is a superlative",
    sentence: "It is the least costly option.",
    expected: [{ text: "the least costly", isScoped: false }],
  },
  {
    why: "a possessive can stand for the article",
    sentence: "It is one of Europe's busiest ports.",
    expected: [{ text: "one of Europe's busiest", isScoped: true }],
  },
  {
    why: "irregular superlatives count",
    sentence: "It was the worst year.",
    expected: [{ text: "the worst", isScoped: false }],
  },
  {
    why: "'the top' is a superlative",
    sentence: "She is the top candidate.",
    expected: [{ text: "the top", isScoped: false }],
  },
  {
    why: "'a leading' is one of several leaders",
    sentence: "He is a leading critic.",
    expected: [{ text: "a leading", isScoped: true }],
  },
  {
    why: "an ordinal compound is scoped",
    sentence: "It is the second-largest city.",
    expected: [{ text: "the second-largest", isScoped: true }],
  },
  {
    why: "-est words that are not superlatives are excluded",
    sentence: "Protest over interest rates in the west led to an arrest.",
    expected: [],
  },
  {
    why: "'latest' is temporal, not a degree",
    sentence: "The latest talks ended.",
    expected: [],
  },
  {
    why: "'most' as a quantifier or 'at least' is not a superlative",
    sentence: "Most towns paid at least twice.",
    expected: [],
  },
  {
    why: "'the top of' is a position",
    sentence: "He reached the top of the hill.",
    expected: [],
  },
];

describe("findSuperlatives", () => {
  it.each(rows)("$why", ({ sentence, expected }) => {
    const view = createTestView(sentence);
    const found = findSuperlatives(view);
    expect(listSliceMismatches(view.text, found)).toEqual([]);
    expect(found).toHaveLength(expected.length);
    expect(found).toMatchObject(expected);
  });
});
