import { describe, expect, it } from "vitest";

import type { AttributionMention } from "../types";
import { findAttributions } from "./attributions";
import { compileReferenceNames } from "./classify-source";
import { findQuoteRanges } from "./quotes";
import { createTestView, listSliceMismatches } from "./test-support";

type Expected = Partial<Omit<AttributionMention, "start" | "end">>;

// The reference outlet of these rows is an invented wire, so nothing depends on a real name.
const names = compileReferenceNames(["Wirepost"]);

const rows: Array<{ why: string; sentence: string; expected: Expected[] }> = [
  {
    why: "'X said' with an unnamed plural source",
    sentence: "Prices will rise, the sources said.",
    expected: [
      {
        text: "the sources said",
        source: "the sources",
        verb: "said",
        sourceKind: "anonymous",
        count: null,
      },
    ],
  },
  {
    why: "a counted source gives the count",
    sentence: "Prices will rise, four sources said.",
    expected: [{ source: "four sources", sourceKind: "anonymous", count: 4 }],
  },
  {
    why: "a partitive count is the number of sources",
    sentence: "Two of the sources argued prices will rise.",
    expected: [{ source: "Two of the sources", verb: "argued", count: 2 }],
  },
  {
    why: "'a source' counts one",
    sentence: "A source said prices will rise.",
    expected: [{ source: "A source", count: 1, sourceKind: "anonymous" }],
  },
  {
    why: "inverted 'said X' after a comma",
    sentence: "Prices will rise, said a senior official.",
    expected: [
      {
        text: "said a senior official",
        source: "a senior official",
        sourceKind: "anonymous",
        count: 1,
      },
    ],
  },
  {
    why: "'familiar with the matter' is part of an anonymous source",
    sentence:
      "Three people familiar with the matter told Wirepost the plan stalled.",
    expected: [
      {
        source: "Three people familiar with the matter",
        verb: "told",
        sourceKind: "anonymous",
        count: 3,
      },
      {
        text: "told Wirepost",
        source: "Wirepost",
        sourceKind: "reference-outlet",
      },
    ],
  },
  {
    why: "'X reported' with the reference outlet",
    sentence: "The plan stalled, Wirepost reported on Monday.",
    expected: [
      {
        text: "Wirepost reported",
        sourceKind: "reference-outlet",
        verb: "reported",
      },
    ],
  },
  {
    why: "'according to' the reference outlet",
    sentence: "According to Wirepost, the plan stalled.",
    expected: [
      {
        text: "According to Wirepost",
        verb: "according to",
        sourceKind: "reference-outlet",
      },
    ],
  },
  {
    why: "'citing' gives the sources behind a report",
    sentence: "The plan stalled, Wirepost reported, citing two officials.",
    expected: [
      { sourceKind: "reference-outlet" },
      {
        text: "citing two officials",
        verb: "citing",
        count: 2,
        sourceKind: "anonymous",
      },
    ],
  },
  {
    why: "another publication is an outlet",
    sentence: "The plan stalled, according to the Daily Courier.",
    expected: [{ source: "the Daily Courier", sourceKind: "outlet" }],
  },
  {
    why: "a web outlet's domain marks it",
    sentence: "Kabar.kz reports the plan stalled.",
    expected: [{ source: "Kabar.kz", sourceKind: "outlet", verb: "reports" }],
  },
  {
    why: "a named department is an organisation",
    sentence: "The Treasury Department said the plan stalled.",
    expected: [
      { source: "The Treasury Department", sourceKind: "named-organisation" },
    ],
  },
  {
    why: "'the ministry' is an organisation",
    sentence: "The ministry has repeatedly said the plan stalled.",
    expected: [
      {
        text: "The ministry has repeatedly said",
        sourceKind: "named-organisation",
      },
    ],
  },
  {
    why: "a title and name is a person",
    sentence: "Foreign Minister Anna Berg said the plan stalled.",
    expected: [
      { source: "Foreign Minister Anna Berg", sourceKind: "named-person" },
    ],
  },
  {
    why: "a nationality and role without a name is anonymous",
    sentence: "A Norwegian diplomat said the plan stalled.",
    expected: [
      { source: "A Norwegian diplomat", sourceKind: "anonymous", count: 1 },
    ],
  },
  {
    why: "'alleged' doubts the statement",
    sentence: "The agency alleged the plan stalled.",
    expected: [{ verb: "alleged", isDoubting: true }],
  },
  {
    why: "'claimed' is a plain synonym of 'said' in news rewrites",
    sentence: "The agency claimed the plan stalled.",
    expected: [{ verb: "claimed", isDoubting: false }],
  },
  {
    why: "'without evidence' doubts the attribution before it",
    sentence: "The mayor said, without evidence, that the plan stalled.",
    expected: [{ verb: "said", isDoubting: true }],
  },
  {
    why: "an appositive with 'who requested anonymity' is skipped",
    sentence: "An aide, who requested anonymity, said the plan stalled.",
    expected: [{ source: "An aide", sourceKind: "anonymous", count: 1 }],
  },
  {
    why: "a coordinated verb borrows the sentence subject",
    sentence: "The embassy declined to comment but said talks continue.",
    expected: [
      { text: "said", source: "The embassy", sourceKind: "named-organisation" },
    ],
  },
  {
    why: "'quoted by X' is a channel and not the speaker",
    sentence: "Two officials quoted by Wirepost believe a deal is near.",
    expected: [
      {
        source: "Two officials quoted by Wirepost",
        sourceKind: "anonymous",
        count: 2,
      },
      { text: "quoted by Wirepost", sourceKind: "reference-outlet" },
    ],
  },
  {
    why: "a role noun with a place post-modifier is the head",
    sentence: "Aides inside the Foreign Office say the plan stalled.",
    expected: [
      { source: "Aides inside the Foreign Office", sourceKind: "anonymous" },
    ],
  },
  {
    why: "negated and infinitive reporting verbs attribute nothing",
    sentence: "The firm did not say and declined to say why.",
    expected: [],
  },
  {
    why: "a passive names no speaker",
    sentence: "The talks are described as tense.",
    expected: [],
  },
  {
    why: "reporting verbs inside quotation marks are ignored",
    sentence: '"They said it would work," she wrote.',
    expected: [{ source: "she", verb: "wrote", sourceKind: "named-person" }],
  },
  {
    why: "a noun use of 'reports' is not a verb",
    sentence: "The reports surfaced on Monday.",
    expected: [],
  },
];

describe("findAttributions", () => {
  it.each(rows)("$why", ({ sentence, expected }) => {
    const view = createTestView(sentence);
    const found = findAttributions(view, names, findQuoteRanges(view));
    expect(listSliceMismatches(view.text, found)).toEqual([]);
    expect(found).toHaveLength(expected.length);
    expect(found).toMatchObject(expected);
  });
});
