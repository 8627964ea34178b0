import { describe, expect, it } from "vitest";

import type { TimeMention } from "../types";
import { findTimes } from "./times";
import { createTestView, listSliceMismatches } from "./test-support";

type Expected = Pick<TimeMention, "text" | "kind" | "alternatives">;

const rows: Array<{ why: string; sentence: string; expected: Expected[] }> = [
  {
    why: "'within' + a bare unit is a duration bound",
    sentence: "A ruling is due within days.",
    expected: [
      { text: "within days", kind: "duration", alternatives: ["days"] },
    ],
  },
  {
    why: "alternatives with a filler make a range",
    sentence: "A ruling is due within weeks or even days.",
    expected: [
      {
        text: "within weeks or even days",
        kind: "range",
        alternatives: ["weeks", "days"],
      },
    ],
  },
  {
    why: "a comma plus filler also offers alternatives",
    sentence: "It may come within months, perhaps weeks.",
    expected: [
      {
        text: "within months, perhaps weeks",
        kind: "range",
        alternatives: ["months", "weeks"],
      },
    ],
  },
  {
    why: "'in recent days' is relative to publication",
    sentence: "Talks resumed in recent days.",
    expected: [
      {
        text: "in recent days",
        kind: "relative",
        alternatives: ["recent days"],
      },
    ],
  },
  {
    why: "deictic 'next year' is relative",
    sentence: "Elections are due next year.",
    expected: [
      { text: "next year", kind: "relative", alternatives: ["next year"] },
    ],
  },
  {
    why: "'by the end of the year' is relative",
    sentence: "It should close by the end of the year.",
    expected: [
      {
        text: "by the end of the year",
        kind: "relative",
        alternatives: ["year"],
      },
    ],
  },
  {
    why: "a month after a preposition is a point",
    sentence: "They met in October.",
    expected: [
      { text: "in October", kind: "point", alternatives: ["october"] },
    ],
  },
  {
    why: "'this autumn' is relative",
    sentence: "They meet again this autumn.",
    expected: [
      { text: "this autumn", kind: "relative", alternatives: ["this autumn"] },
    ],
  },
  {
    why: "a weekday is a point",
    sentence: "The vote was on Tuesday.",
    expected: [
      { text: "on Tuesday", kind: "point", alternatives: ["tuesday"] },
    ],
  },
  {
    why: "month-day dates are points",
    sentence: "It was filed on April 9.",
    expected: [
      { text: "on April 9", kind: "point", alternatives: ["april 9"] },
    ],
  },
  {
    why: "day-month-year dates are points",
    sentence: "It was filed on 9 April 2024.",
    expected: [
      {
        text: "on 9 April 2024",
        kind: "point",
        alternatives: ["9 april 2024"],
      },
    ],
  },
  {
    why: "a standalone year is a point",
    sentence: "The 1998 treaty still holds.",
    expected: [{ text: "1998", kind: "point", alternatives: ["1998"] }],
  },
  {
    why: "'last week' is relative",
    sentence: "Prices fell last week.",
    expected: [
      { text: "last week", kind: "relative", alternatives: ["last week"] },
    ],
  },
  {
    why: "'earlier this month' is relative",
    sentence: "Prices fell earlier this month.",
    expected: [
      {
        text: "earlier this month",
        kind: "relative",
        alternatives: ["earlier this month"],
      },
    ],
  },
  {
    why: "two years joined by 'and' are a range",
    sentence: "Deals were signed in 2018 and 2019.",
    expected: [
      {
        text: "in 2018 and 2019",
        kind: "range",
        alternatives: ["2018", "2019"],
      },
    ],
  },
  {
    why: "'between X and Y' is a range",
    sentence: "It rose between 2010 and 2012.",
    expected: [
      {
        text: "between 2010 and 2012",
        kind: "range",
        alternatives: ["2010", "2012"],
      },
    ],
  },
  {
    why: "'X to Y' with a shared unit is a range",
    sentence: "It takes two to three weeks.",
    expected: [
      {
        text: "two to three weeks",
        kind: "range",
        alternatives: ["two weeks", "three weeks"],
      },
    ],
  },
  {
    why: "a count and unit after 'for' is a duration",
    sentence: "They talked for six hours.",
    expected: [
      { text: "for six hours", kind: "duration", alternatives: ["six hours"] },
    ],
  },
  {
    why: "'ago' makes a duration relative",
    sentence: "It happened three years ago.",
    expected: [
      {
        text: "three years ago",
        kind: "relative",
        alternatives: ["three years"],
      },
    ],
  },
  {
    why: "an edge modifier keeps its point",
    sentence: "It began in the late 1970s.",
    expected: [
      {
        text: "in the late 1970s",
        kind: "point",
        alternatives: ["late 1970s"],
      },
    ],
  },
  {
    why: "a glued 'mid-' month is a point",
    sentence: "Polls close in mid-June.",
    expected: [
      { text: "in mid-June", kind: "point", alternatives: ["mid-june"] },
    ],
  },
  {
    why: "'soon' is relative",
    sentence: "A deal could come soon.",
    expected: [{ text: "soon", kind: "relative", alternatives: ["soon"] }],
  },
  {
    why: "a counted non-time noun is no time",
    sentence: "Over 300 people and three sources agreed.",
    expected: [],
  },
  {
    why: "'May' the modal is not a month",
    sentence: "Officials say talks may resume.",
    expected: [],
  },
  {
    why: "'years of' is a noun phrase, not a duration",
    sentence: "After years of conflict they met.",
    expected: [],
  },
];

describe("findTimes", () => {
  it.each(rows)("$why", ({ sentence, expected }) => {
    const view = createTestView(sentence);
    const found = findTimes(view);
    expect(listSliceMismatches(view.text, found)).toEqual([]);
    expect(found).toHaveLength(expected.length);
    expect(found).toMatchObject(expected);
  });
});
