import { describe, expect, it } from "vitest";

import type { NumberMention } from "../types";
import { findNumbers } from "./numbers";
import { createTestView, listSliceMismatches } from "./test-support";

type Expected = Partial<Omit<NumberMention, "start" | "end">>;

const rows: Array<{ why: string; sentence: string; expected: Expected[] }> = [
  {
    why: "a number word counts the noun after it",
    sentence: "Seven envoys met.",
    expected: [
      {
        text: "Seven",
        value: 7,
        unit: "envoys",
        qualifier: null,
        isYear: false,
      },
    ],
  },
  {
    why: "thousands separators are read, the qualifier is part of the span",
    sentence: "It cost more than 12,500 dollars.",
    expected: [
      {
        text: "more than 12,500",
        value: 12500,
        unit: "dollars",
        qualifier: "more than",
      },
    ],
  },
  {
    why: "decimals and scale words multiply",
    sentence: "Exports reached 2.5 billion euros.",
    expected: [{ text: "2.5 billion", value: 2.5e9, unit: "euros" }],
  },
  {
    why: "a currency sign gives the unit",
    sentence: "The loan was $40 million.",
    expected: [{ text: "$40 million", value: 4e7, unit: "dollars" }],
  },
  {
    why: "a percent sign is part of the number",
    sentence: "Turnout fell 12% overnight.",
    expected: [{ text: "12%", value: 12, unit: "percent" }],
  },
  {
    why: "the word percent is part of the number",
    sentence: "Prices rose 7 percent in May.",
    expected: [{ text: "7 percent", value: 7, unit: "percent" }],
  },
  {
    why: "a bare four-digit number in 1900-2099 is a year",
    sentence: "The pact was signed in 1994.",
    expected: [{ text: "1994", value: 1994, isYear: true, unit: null }],
  },
  {
    why: "both ends of a year range are years",
    sentence: "It ran from 2015 to 2017.",
    expected: [
      { value: 2015, isYear: true },
      { value: 2017, isYear: true },
    ],
  },
  {
    why: "a dash range keeps both numbers",
    sentence: "Data for 2019-2023 were revised.",
    expected: [
      { text: "2019", isYear: true },
      { text: "2023", isYear: true },
    ],
  },
  {
    why: "ordinals are positions, not quantities",
    sentence: "It was the 45th meeting and the first deal.",
    expected: [],
  },
  {
    why: "day numbers in dates belong to the time detector",
    sentence: "They met on June 4 and 5 May.",
    expected: [],
  },
  {
    why: "vague plural amounts have no value but keep their unit",
    sentence: "Dozens of farmers protested.",
    expected: [{ text: "Dozens", value: null, unit: "farmers" }],
  },
  {
    why: "tens of thousands is one vague amount",
    sentence: "Tens of thousands of workers struck.",
    expected: [{ text: "Tens of thousands", value: null, unit: "workers" }],
  },
  {
    why: "compound number words add up",
    sentence: "Two hundred and fifty pilgrims arrived.",
    expected: [{ value: 250, unit: "pilgrims" }],
  },
  {
    why: "half a billion is 500 million",
    sentence: "Regulators could fine it half a billion euros.",
    expected: [{ text: "half a billion", value: 500_000_000 }],
  },
  {
    why: "a quarter of a million and a third of a billion are fractions of their scale",
    sentence: "A quarter of a million people marched and a third of a billion dollars was pledged.",
    expected: [{ text: "A quarter of a million", value: 250_000 }, { text: "a third of a billion", value: 1_000_000_000 / 3 }],
  },
  {
    why: "a bare ordinal third is not a fraction",
    sentence: "A third country joined the talks.",
    expected: [],
  },
  {
    why: "a hyphenated number word is one number",
    sentence: "Thirty-two ships docked.",
    expected: [{ text: "Thirty-two", value: 32, unit: "ships" }],
  },
  {
    why: "a partitive looks through 'of the' for the unit",
    sentence: "Four of the judges dissented.",
    expected: [{ text: "Four", value: 4, unit: "judges" }],
  },
  {
    why: "an adjective before the noun is skipped",
    sentence: "Nine coastal towns flooded.",
    expected: [{ value: 9, unit: "towns" }],
  },
  {
    why: "'some' before a number is a qualifier",
    sentence: "Some 300 families fled.",
    expected: [
      { text: "Some 300", value: 300, qualifier: "some", unit: "families" },
    ],
  },
  {
    why: "'about' is an approximation qualifier",
    sentence: "About 80 delegates voted.",
    expected: [{ qualifier: "about", value: 80 }],
  },
  {
    why: "'up to' is an upper-bound qualifier",
    sentence: "Up to 15 trucks may cross.",
    expected: [{ qualifier: "up to", value: 15, unit: "trucks" }],
  },
  {
    why: "a range shares the unit of its second number",
    sentence: "Between 10 and 20 boats sank.",
    expected: [
      { qualifier: "between", value: 10, unit: "boats" },
      { value: 20, unit: "boats" },
    ],
  },
  {
    why: "'no one' and 'one another' are not counts",
    sentence: "No one blamed one another.",
    expected: [],
  },
  {
    why: "a number glued to a name is a model, not a quantity",
    sentence: "The F-16 and the G7 group met.",
    expected: [],
  },
  {
    why: "'several hundred' has no exact value",
    sentence: "Several hundred miners rallied.",
    expected: [{ text: "Several hundred", value: null, unit: "miners" }],
  },
  {
    why: "a past-tense verb after a number is not its unit",
    sentence: "Police said 40 died.",
    expected: [{ value: 40, unit: null }],
  },
  {
    why: "a decade is a year-like point",
    sentence: "Tension dates to the 1990s.",
    expected: [{ text: "1990s", value: 1990, isYear: true }],
  },
  {
    why: "a hyphenated measure takes the word after the dash",
    sentence: "They built a 40-kilometre fence.",
    expected: [{ text: "40", value: 40, unit: "kilometre" }],
  },
];

describe("findNumbers", () => {
  it.each(rows)("$why", ({ sentence, expected }) => {
    const view = createTestView(sentence);
    const found = findNumbers(view);
    expect(listSliceMismatches(view.text, found)).toEqual([]);
    expect(found).toHaveLength(expected.length);
    expect(found).toMatchObject(expected);
  });
});
