import { describe, expect, it } from "vitest";

import type { QuoteMention } from "../types";
import { findAttributions } from "./attributions";
import { compileReferenceNames } from "./classify-source";
import { creditContinuedQuotes, findQuoteRanges, findQuotes } from "./quotes";
import { createSentenceView } from "../text/tokenize";
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

describe("creditContinuedQuotes", () => {
  // Each text is split on "|" into sentences; the expected speakers are those of every quotation,
  // sentence by sentence, after the pass.
  const continuations: Array<{ why: string; text: string; speakers: (string | null)[] }> = [
    {
      why: "a second quoted sentence continues the credited speaker",
      text: "“We are not asking for embassies,” a senior official said.| “What we want is a platform.”",
      speakers: ["a senior official", "a senior official"],
    },
    {
      why: "a run of continuations passes the speaker along",
      text: "“First,” the minister said.| “Second.”| “Third.”",
      speakers: ["the minister", "the minister", "the minister"],
    },
    {
      why: "a paragraph break ends the run",
      text: "“First,” the minister said.|\n\n“Second.”",
      speakers: ["the minister", null],
    },
    {
      why: "a sentence that does not open with the quotation is not a continuation",
      text: "“First,” the minister said.| Critics called it “a sham.”",
      speakers: ["the minister", null],
    },
    {
      why: "nothing to continue when the previous quotation has no speaker",
      text: "It was “historic”.| “Nobody expected it.”",
      speakers: [null, null],
    },
  ];

  it.each(continuations)("$why", ({ text: joined, speakers }) => {
    const parts = joined.split("|");
    const text = parts.join("");
    // Sentences exclude the whitespace around them, as the segmenter's do.
    const sentences = parts.map((part, index) => {
      const start = parts.slice(0, index).join("").length + (part.length - part.trimStart().length);
      return { start, end: start + part.trim().length };
    });
    const features = sentences.map(({ start, end }) => {
      const view = createSentenceView(text, start, end);
      const ranges = findQuoteRanges(view);
      const attributions = findAttributions(view, names, ranges);
      return { quotes: findQuotes(view, ranges, attributions), attributions };
    });
    creditContinuedQuotes(text, sentences, features);
    expect(features.flatMap((feature) => feature.quotes.map((quote) => quote.speaker))).toEqual(speakers);
  });
});
