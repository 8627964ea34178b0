import { describe, expect, it } from "vitest";

import type { QuoteMention } from "../types";
import { findAttributions } from "./attributions";
import { compileReferenceNames } from "./classify-source";
import { findQuoteRanges, findQuotes } from "./quotes";
import { createTestView, listSliceMismatches } from "./test-support";

type Expected = Pick<QuoteMention, "text" | "speaker" | "speakerKind">;

const names = compileReferenceNames(["Wirepost"]);

const rows: Array<{
  why: string;
  sentence: string;
  after?: string;
  expected: Expected[];
}> = [
  {
    why: "curly quotes with an inverted speaker after",
    sentence: "“We will keep talking,” said a senior official.",
    expected: [
      {
        text: "We will keep talking",
        speaker: "a senior official",
        speakerKind: "anonymous",
      },
    ],
  },
  {
    why: "straight quotes with the speaker after",
    sentence: '"The door is open," the minister told reporters.',
    expected: [
      {
        text: "The door is open",
        speaker: "the minister",
        speakerKind: "named-person",
      },
    ],
  },
  {
    why: "a named speaker before a colon",
    sentence: "Mayor Lena Ortiz said: “We are ready.”",
    expected: [
      {
        text: "We are ready",
        speaker: "Mayor Lena Ortiz",
        speakerKind: "named-person",
      },
    ],
  },
  {
    why: "a short quote inside a reported clause takes that clause's speaker",
    sentence:
      "The governor insists the deal is “nearly done,” but critics disagree.",
    expected: [
      {
        text: "nearly done",
        speaker: "The governor",
        speakerKind: "named-person",
      },
    ],
  },
  {
    why: "'according to X' credits the quote",
    sentence: "“Costs will fall,” according to the Evening Herald.",
    expected: [
      {
        text: "Costs will fall",
        speaker: "the Evening Herald",
        speakerKind: "outlet",
      },
    ],
  },
  {
    why: "headline single quotes without a speaker",
    sentence: "‘Nothing is decided’: unions react to the plan",
    expected: [
      { text: "Nothing is decided", speaker: null, speakerKind: null },
    ],
  },
  {
    why: "straight single quotes at word boundaries; apostrophes are not quotes",
    sentence: "It was 'a turning point' for the workers' union, wasn't it.",
    expected: [{ text: "a turning point", speaker: null, speakerKind: null }],
  },
  {
    why: "a speaker named by a pronoun in the next sentence",
    sentence: "“We must act now.”",
    after: " She said the risk was growing.",
    expected: [{ text: "We must act now", speaker: "She", speakerKind: null }],
  },
  {
    why: "a quote left open runs to the sentence end",
    sentence: "“The first part is done.",
    after: " “The rest will follow,” he said.",
    expected: [
      { text: "The first part is done", speaker: null, speakerKind: null },
    ],
  },
  {
    why: "a quote closed without an opener began in an earlier sentence",
    sentence: "The rest will follow,” he said.",
    expected: [
      { text: "The rest will follow", speaker: "he", speakerKind: null },
    ],
  },
  {
    why: "the speaker talking to the reference outlet is the speaker, not the outlet",
    sentence: "“It is close,” a negotiator told Wirepost.",
    expected: [
      {
        text: "It is close",
        speaker: "a negotiator",
        speakerKind: "anonymous",
      },
    ],
  },
];

describe("findQuotes", () => {
  it.each(rows)("$why", ({ sentence, after, expected }) => {
    const view = createTestView(sentence, after ?? "");
    const ranges = findQuoteRanges(view);
    const attributions = findAttributions(view, names, ranges);
    const next = after ? { start: view.end, end: view.text.length } : undefined;
    const found = findQuotes(view, ranges, attributions, next);
    expect(listSliceMismatches(view.text, found)).toEqual([]);
    expect(found).toHaveLength(expected.length);
    expect(found).toMatchObject(expected);
  });
});
