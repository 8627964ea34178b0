import { describe, expect, it } from "vitest";

import { findStances } from "./stance";
import { createTestView, listSliceMismatches } from "./test-support";

const rows: Array<{
  why: string;
  sentence: string;
  expected: Array<Partial<{ text: string; kind: string; word?: string }>>;
}> = [
  {
    why: "'reportedly' is a news hedge",
    sentence: "The ship reportedly sank.",
    expected: [{ text: "reportedly", kind: "hedge" }],
  },
  {
    why: "'allegedly' is a news hedge",
    sentence: "He allegedly paid bribes.",
    expected: [{ text: "allegedly", kind: "hedge" }],
  },
  {
    why: "'expected to' is matched as one phrase",
    sentence: "The bill is expected to pass.",
    expected: [{ text: "expected to", kind: "hedge", word: "expected to" }],
  },
  {
    why: "'believed to' is an evidential hedge",
    sentence: "The envoy is believed to be abroad.",
    expected: [{ text: "believed to", kind: "hedge" }],
  },
  {
    why: "possibility modals are hedges",
    sentence: "Talks could collapse and prices might rise.",
    expected: [
      { text: "could", kind: "hedge" },
      { text: "might", kind: "hedge" },
    ],
  },
  {
    why: "'potential' softens a noun",
    sentence: "A potential buyer emerged.",
    expected: [{ text: "potential", kind: "hedge" }],
  },
  {
    why: "'appears' comes from the maintained hedge list",
    sentence: "The plan appears sound.",
    expected: [{ text: "appears", kind: "hedge" }],
  },
  {
    why: "'largely' comes from the maintained hedge list",
    sentence: "The effect is largely symbolic.",
    expected: [{ text: "largely", kind: "hedge" }],
  },
  {
    why: "'confirmed' is a booster",
    sentence: "The ministry confirmed the deal.",
    expected: [{ text: "confirmed", kind: "booster" }],
  },
  {
    why: "'will' states a prediction as settled",
    sentence: "The deal will be signed.",
    expected: [{ text: "will", kind: "booster" }],
  },
  {
    why: "'clearly' is a booster even though the generic hedge list has it",
    sentence: "The vote clearly failed.",
    expected: [{ text: "clearly", kind: "booster" }],
  },
  {
    why: "'no doubt' is a booster, longer than the hedge 'doubt'",
    sentence: "There is no doubt about it.",
    expected: [{ text: "no doubt", kind: "booster" }],
  },
  {
    why: "'widely regarded' is a weasel",
    sentence: "She is widely regarded as the favourite.",
    expected: [{ text: "widely regarded", kind: "weasel" }],
  },
  {
    why: "unnamed 'experts' is a weasel from the maintained list",
    sentence: "Experts warn of delays.",
    expected: [{ text: "Experts", kind: "weasel" }],
  },
  {
    why: "common words of the generic lists are excluded (about, like, some, most, found)",
    sentence: "About half found areas like trade most useful.",
    expected: [],
  },
  {
    why: "'May' capitalised mid-sentence is the month",
    sentence: "The vote is in May.",
    expected: [],
  },
  {
    why: "'political will' is a noun, not a booster",
    sentence: "They lack the political will.",
    expected: [],
  },
];

describe("findStances", () => {
  it.each(rows)("$why", ({ sentence, expected }) => {
    const view = createTestView(sentence);
    const found = findStances(view);
    expect(listSliceMismatches(view.text, found)).toEqual([]);
    expect(found).toHaveLength(expected.length);
    expect(found).toMatchObject(expected);
  });
});
