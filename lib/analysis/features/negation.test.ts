import { describe, expect, it } from "vitest";

import { findNegations } from "./negation";
import { createTestView, listSliceMismatches } from "./test-support";

const rows: Array<{
  why: string;
  sentence: string;
  expected: Array<Partial<{ text: string; word: string }>>;
}> = [
  {
    why: "'not' negates",
    sentence: "The port is not open.",
    expected: [{ text: "not", word: "not" }],
  },
  {
    why: "'no' negates a noun",
    sentence: "There is no deal.",
    expected: [{ text: "no", word: "no" }],
  },
  {
    why: "'never' negates",
    sentence: "They never met.",
    expected: [{ text: "never", word: "never" }],
  },
  {
    why: "the span of a contraction is its n't",
    sentence: "They didn't meet.",
    expected: [{ text: "n't", word: "n't" }],
  },
  {
    why: "curly-apostrophe contractions count too",
    sentence: "They won’t meet.",
    expected: [{ text: "n’t", word: "n't" }],
  },
  {
    why: "'cannot' carries a not",
    sentence: "They cannot meet.",
    expected: [{ text: "not", word: "not" }],
  },
  {
    why: "'without' negates",
    sentence: "They left without a deal.",
    expected: [{ text: "without", word: "without" }],
  },
  {
    why: "'neither … nor' gives two negations",
    sentence: "Neither side nor the mediator spoke.",
    expected: [{ word: "neither" }, { word: "nor" }],
  },
  {
    why: "'nothing' and 'nobody' are negative pronouns",
    sentence: "Nothing changed and nobody left.",
    expected: [{ word: "nothing" }, { word: "nobody" }],
  },
  {
    why: "'no one' is one negation",
    sentence: "No one left.",
    expected: [{ text: "No one", word: "no one" }],
  },
  {
    why: "'declined to' reports a refusal",
    sentence: "The firm declined to comment.",
    expected: [{ text: "declined to", word: "declined to" }],
  },
  {
    why: "'refused to' reports a refusal",
    sentence: "The firm refused to pay.",
    expected: [{ text: "refused to", word: "refused to" }],
  },
  {
    why: "'denied' reports a refusal",
    sentence: "The firm denied the report.",
    expected: [{ text: "denied", word: "denied" }],
  },
  {
    why: "'not only' adds rather than negates",
    sentence: "It is not only costly but slow.",
    expected: [],
  },
];

describe("findNegations", () => {
  it.each(rows)("$why", ({ sentence, expected }) => {
    const view = createTestView(sentence);
    const found = findNegations(view);
    expect(listSliceMismatches(view.text, found)).toEqual([]);
    expect(found).toHaveLength(expected.length);
    expect(found).toMatchObject(expected);
  });
});
