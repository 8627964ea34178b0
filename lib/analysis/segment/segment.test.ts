import { describe, expect, it } from "vitest";
import type { SentenceKind, Span } from "../types";
import { maxSentenceLength } from "./cap-length";
import { segmentSentences } from "./index";

/** Every non-blank line of `text` as a body span, the way the cleaner hands them over. */
function toLineSpans(text: string): Span[] {
  const spans: Span[] = [];
  const pattern = /[^\r\n]+/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const start = match.index + (match[0].length - match[0].trimStart().length);
    const end = match.index + match[0].trimEnd().length;
    if (end > start) spans.push({ start, end, text: text.slice(start, end) });
  }
  return spans;
}

/** Sentences of `text` (one body span per line, optional headline line), checked to slice back exactly. */
function split(
  text: string,
  titleLine?: string,
): Array<{ text: string; kind: SentenceKind }> {
  const body = toLineSpans(text);
  const title =
    titleLine === undefined
      ? null
      : (body.find((span) => span.text === titleLine) ?? null);
  const sentences = segmentSentences(text, body, title);
  sentences.forEach((sentence, index) => {
    expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentence.index).toBe(index);
  });
  return sentences.map(({ text: sentenceText, kind }) => ({
    text: sentenceText,
    kind,
  }));
}

const splitRows: Array<{ why: string; text: string; expected: string[] }> = [
  {
    why: "a trailing 'opens new tab' link label is page text, cut off the sentence",
    text: "The war has provoked global anger, opens new tab. Talks resume on Monday.",
    expected: ["The war has provoked global anger", "Talks resume on Monday."],
  },
  {
    why: "a plain period before a capital ends a sentence",
    text: "The bridge opened. Traffic moved.",
    expected: ["The bridge opened.", "Traffic moved."],
  },
  {
    why: "U.S. mid-sentence before a name is an abbreviation",
    text: "The U.S. President Joe Sample spoke. He left.",
    expected: ["The U.S. President Joe Sample spoke.", "He left."],
  },
  {
    why: "U.S. before lower case is an abbreviation",
    text: "The U.S. officials met on Monday.",
    expected: ["The U.S. officials met on Monday."],
  },
  {
    why: "U.S. at the end of a sentence, before a sentence opener, ends it",
    text: "The envoy flew to the U.S. The talks start soon.",
    expected: ["The envoy flew to the U.S.", "The talks start soon."],
  },
  {
    why: "U.N. and U.K. are abbreviations",
    text: "The U.N. Security Council and the U.K. Foreign Office agreed.",
    expected: ["The U.N. Security Council and the U.K. Foreign Office agreed."],
  },
  {
    why: "titles (Mr., Dr., Gen., Sen.) never end a sentence",
    text: "Mr. Sample met Dr. Example and Gen. Tester with Sen. Mock.",
    expected: ["Mr. Sample met Dr. Example and Gen. Tester with Sen. Mock."],
  },
  {
    why: "abbreviated months before a day number are not sentence ends",
    text: "Talks began on Aug. 8 and ended on Sept. 12. They failed.",
    expected: ["Talks began on Aug. 8 and ended on Sept. 12.", "They failed."],
  },
  {
    why: "company suffixes before lower case are not sentence ends",
    text: "Acme Inc. said profits rose while Widget Corp. and Sample Ltd. declined to comment.",
    expected: [
      "Acme Inc. said profits rose while Widget Corp. and Sample Ltd. declined to comment.",
    ],
  },
  {
    why: "e.g. and i.e. never end a sentence",
    text: "Small states, e.g. Malta, joined, i.e. Malta signed.",
    expected: ["Small states, e.g. Malta, joined, i.e. Malta signed."],
  },
  {
    why: "etc. before lower case continues, before a capital ends",
    text: "Oil, gas, etc. were discussed. Grain etc. Then they left.",
    expected: [
      "Oil, gas, etc. were discussed.",
      "Grain etc.",
      "Then they left.",
    ],
  },
  {
    why: "vs. and No. before a number are abbreviations",
    text: "It was Team A vs. Team B at No. 10 Example Street.",
    expected: ["It was Team A vs. Team B at No. 10 Example Street."],
  },
  {
    why: "a middle initial is not a sentence end",
    text: "George W. Sample spoke first. Then others spoke.",
    expected: ["George W. Sample spoke first.", "Then others spoke."],
  },
  {
    why: "consecutive initials are not sentence ends",
    text: "The novel by J. K. Example sold well.",
    expected: ["The novel by J. K. Example sold well."],
  },
  {
    why: "decimals have no space after the period",
    text: "Growth was 3.5 percent. Prices rose 0.2 points.",
    expected: ["Growth was 3.5 percent.", "Prices rose 0.2 points."],
  },
  {
    why: "an ellipsis before a capital ends a sentence",
    text: "He waited... Nobody came.",
    expected: ["He waited...", "Nobody came."],
  },
  {
    why: "an ellipsis before lower case does not",
    text: "He waited … and waited.",
    expected: ["He waited … and waited."],
  },
  {
    why: "question and exclamation marks end sentences",
    text: "Will it open? Nobody knows! Work goes on.",
    expected: ["Will it open?", "Nobody knows!", "Work goes on."],
  },
  {
    why: "a quoted question followed by its attribution stays one sentence",
    text: '"Why now?" she asked. He shrugged.',
    expected: ['"Why now?" she asked.', "He shrugged."],
  },
  {
    why: "a closing quote stays with the sentence it closes",
    text: 'She said "no." He left.',
    expected: ['She said "no."', "He left."],
  },
  {
    why: "curly closing quotes stay with their sentence",
    text: "“We are ready.” The minister left.",
    expected: ["“We are ready.”", "The minister left."],
  },
  {
    why: "a quoted multi-sentence speech ending in an attribution is one sentence",
    text: "“We are ready. We will sign soon,” he said. Talks resume.",
    expected: ["“We are ready. We will sign soon,” he said.", "Talks resume."],
  },
  {
    why: "straight quotes behave like curly ones",
    text: '"We are ready. We will sign soon," he said. Talks resume.',
    expected: ['"We are ready. We will sign soon," he said.', "Talks resume."],
  },
  {
    why: "a quote that continues as a new full sentence without attribution splits",
    text: "He said: “We are ready. We will sign.” Talks resume.",
    expected: ["He said: “We are ready.", "We will sign.”", "Talks resume."],
  },
  {
    why: "a new quoted sentence after a finished one splits",
    text: "“It works,” he said. “And it is cheap.”",
    expected: ["“It works,” he said.", "“And it is cheap.”"],
  },
  {
    why: "a closing bracket after the period stays with its sentence",
    text: "The vote passed. (Two members abstained.) Work starts in May.",
    expected: [
      "The vote passed.",
      "(Two members abstained.)",
      "Work starts in May.",
    ],
  },
  {
    why: "a period with no space after it is not a boundary",
    text: "See example.com for details. The site is new.",
    expected: ["See example.com for details.", "The site is new."],
  },
  {
    why: "a sentence may start with a digit",
    text: "Prices rose. 2024 was worse.",
    expected: ["Prices rose.", "2024 was worse."],
  },
  {
    why: "extra whitespace is trimmed off sentence spans",
    text: "  First one.    Second one.  ",
    expected: ["First one.", "Second one."],
  },
];

const kindRows: Array<{
  why: string;
  text: string;
  title?: string;
  expected: Array<[string, SentenceKind]>;
}> = [
  {
    why: "the headline is one unit of kind headline, even with inner punctuation",
    text: "Bridge opens. Ferries stop\nThe bridge opened on Monday.",
    title: "Bridge opens. Ferries stop",
    expected: [
      ["Bridge opens. Ferries stop", "headline"],
      ["The bridge opened on Monday.", "body"],
    ],
  },
  {
    why: "a short line without final punctuation mid-article is a subhead",
    text: "The bridge opened on Monday.\nWhat happens next\nTolls start in June.",
    expected: [
      ["The bridge opened on Monday.", "body"],
      ["What happens next", "subhead"],
      ["Tolls start in June.", "body"],
    ],
  },
  {
    why: "a lone short question between paragraphs is a subhead",
    text: "The bridge opened on Monday.\nA win for the mayor?\nTolls start in June.",
    expected: [
      ["The bridge opened on Monday.", "body"],
      ["A win for the mayor?", "subhead"],
      ["Tolls start in June.", "body"],
    ],
  },
  {
    why: "list lines are bullets, split into sentences like prose",
    text: "• Ferries: Two routes close. Staff move.\n- Trains: No change.\n1. Buses run late.",
    expected: [
      ["• Ferries: Two routes close.", "bullet"],
      ["Staff move.", "bullet"],
      ["- Trains: No change.", "bullet"],
      ["1. Buses run late.", "bullet"],
    ],
  },
  {
    why: "a hard-wrapped paragraph (next line starts in lower case) is joined",
    text: "The council voted to fund the\nbridge on Tuesday. It opens soon.",
    expected: [
      ["The council voted to fund the\nbridge on Tuesday.", "body"],
      ["It opens soon.", "body"],
    ],
  },
  {
    why: "a long line without final punctuation is truncated prose, not a subhead",
    text: "The council voted on Tuesday to fund a new bridge across the harbour after years of delays over what it would cost and",
    expected: [
      [
        "The council voted on Tuesday to fund a new bridge across the harbour after years of delays over what it would cost and",
        "body",
      ],
    ],
  },
];

describe("segmentSentences: boundaries", () => {
  it.each(splitRows)("$why", ({ text, expected }) => {
    expect(split(text).map((sentence) => sentence.text)).toEqual(expected);
  });
});

describe("segmentSentences: kinds", () => {
  it.each(kindRows)("$why", ({ text, title, expected }) => {
    expect(
      split(text, title).map(({ text: sentenceText, kind }) => [
        sentenceText,
        kind,
      ]),
    ).toEqual(expected);
  });
});

describe("segmentSentences: offsets and guards", () => {
  it("slices back exactly with CRLF line ends, emoji and non-Latin text", () => {
    const text =
      "Мост открыт. Движение пошло.\r\n\r\nThe 🌉 bridge opened. “Great,” she said.\r\n";
    expect(split(text).map((sentence) => sentence.text)).toEqual([
      "Мост открыт.",
      "Движение пошло.",
      "The 🌉 bridge opened.",
      "“Great,” she said.",
    ]);
  });

  it("only reads body spans and adds the headline when no body span covers it", () => {
    const text = "Bridge opens\nSkip this chrome line.\nThe bridge opened.";
    const title = { start: 0, end: 12, text: "Bridge opens" };
    const body = toLineSpans(text).filter(
      (span) => span.text === "The bridge opened.",
    );
    const sentences = segmentSentences(text, body, title);
    expect(sentences.map((sentence) => [sentence.text, sentence.kind])).toEqual(
      [
        ["Bridge opens", "headline"],
        ["The bridge opened.", "body"],
      ],
    );
  });

  it("cuts a run-on sentence at clause boundaries so no sentence exceeds the cap", () => {
    const text =
      "The council said " +
      "the bridge will open, ".repeat(400) +
      "and tolls start.";
    const sentences = segmentSentences(text, toLineSpans(text), null);
    expect(sentences.length).toBeGreaterThan(1);
    for (const sentence of sentences) {
      expect(sentence.text.length).toBeLessThanOrEqual(maxSentenceLength);
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it("stays fast and exact on adversarial input", () => {
    const inputs = [
      "x".repeat(200_000),
      "A. ".repeat(50_000),
      '"a. B '.repeat(50_000),
      "“Yes. No, ” ".repeat(30_000),
    ];
    const started = performance.now();
    for (const text of inputs) {
      const sentences = segmentSentences(text, toLineSpans(text), null);
      const longest = sentences.reduce(
        (max, sentence) => Math.max(max, sentence.text.length),
        0,
      );
      expect(longest).toBeLessThanOrEqual(maxSentenceLength);
      expect(
        sentences.every(
          (sentence) =>
            text.slice(sentence.start, sentence.end) === sentence.text,
        ),
      ).toBe(true);
    }
    // Linear work finishes in tens of milliseconds; a quadratic path would take minutes.
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("returns no sentences for no body", () => {
    expect(segmentSentences("Some text.", [], null)).toEqual([]);
  });
});
