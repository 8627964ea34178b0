import { describe, expect, it } from "vitest";

import { createTestView, listSliceMismatches } from "./test-support";
import { findConditions, findUnknowns } from "./unknowns-conditions";

const unknownRows: Array<{
  why: string;
  sentence: string;
  expected: string[];
}> = [
  {
    why: "'it is unclear' states ignorance",
    sentence: "It is unclear who paid.",
    expected: ["It is unclear"],
  },
  {
    why: "'it remains unclear' states ignorance",
    sentence: "It remains unclear who paid.",
    expected: ["It remains unclear"],
  },
  {
    why: "an adverb may sit inside the phrase",
    sentence: "It was not immediately clear who paid.",
    expected: ["It was not immediately clear"],
  },
  {
    why: "'it is not known' states ignorance",
    sentence: "It is not known who paid.",
    expected: ["It is not known"],
  },
  {
    why: "'could not determine' is the reporter's own ignorance",
    sentence: "The paper could not determine who paid.",
    expected: ["could not determine"],
  },
  {
    why: "'did not say' leaves a gap",
    sentence: "The bank did not say who paid.",
    expected: ["did not say"],
  },
  {
    why: "'declined to comment' leaves a gap",
    sentence: "The bank declined to comment.",
    expected: ["declined to comment"],
  },
  {
    why: "'declined to name' leaves a gap",
    sentence: "The bank declined to name the buyer.",
    expected: ["declined to name"],
  },
  {
    why: "'unknown' alone states ignorance",
    sentence: "The toll is unknown.",
    expected: ["unknown"],
  },
  {
    why: "a plain statement has no unknowns",
    sentence: "The bank paid.",
    expected: [],
  },
];

const conditionRows: Array<{
  why: string;
  sentence: string;
  expected: string[];
}> = [
  {
    why: "'a precondition' with what it governs",
    sentence: "Peace is a precondition for aid, officials said.",
    expected: ["a precondition for aid"],
  },
  {
    why: "'if' opens a condition up to the clause break",
    sentence: "If the vote passes, taxes rise.",
    expected: ["If the vote passes"],
  },
  {
    why: "'unless' opens a condition",
    sentence: "Taxes rise unless the vote fails.",
    expected: ["unless the vote fails"],
  },
  {
    why: "'provided that' opens a condition",
    sentence: "Aid flows provided that the truce holds.",
    expected: ["provided that the truce holds"],
  },
  {
    why: "'provided' after a comma is a condition",
    sentence: "Aid flows, provided the truce holds.",
    expected: ["provided the truce holds"],
  },
  {
    why: "'provided' as a verb is not a condition",
    sentence: "The state provided aid.",
    expected: [],
  },
  {
    why: "'as long as' opens a condition",
    sentence: "Aid flows as long as the truce holds.",
    expected: ["as long as the truce holds"],
  },
  {
    why: "'in exchange for' states a condition",
    sentence: "They freed two men in exchange for fuel.",
    expected: ["in exchange for fuel"],
  },
  {
    why: "'contingent on' states a condition",
    sentence: "The loan is contingent on reforms.",
    expected: ["contingent on reforms"],
  },
  {
    why: "a sentence-initial inverted 'Should' is a condition",
    sentence: "Should the talks fail, prices will rise.",
    expected: ["Should the talks fail"],
  },
  {
    why: "'on condition of anonymity' describes a source",
    sentence: "He spoke on condition of anonymity.",
    expected: [],
  },
  {
    why: "'asked if' is 'whether', not a condition",
    sentence: "They asked if the port was open.",
    expected: [],
  },
];

describe("findUnknowns", () => {
  it.each(unknownRows)("$why", ({ sentence, expected }) => {
    const view = createTestView(sentence);
    const found = findUnknowns(view);
    expect(listSliceMismatches(view.text, found)).toEqual([]);
    expect(found.map((span) => span.text)).toEqual(expected);
  });
});

describe("findConditions", () => {
  it.each(conditionRows)("$why", ({ sentence, expected }) => {
    const view = createTestView(sentence);
    const found = findConditions(view);
    expect(listSliceMismatches(view.text, found)).toEqual([]);
    expect(found.map((span) => span.text)).toEqual(expected);
  });
});
