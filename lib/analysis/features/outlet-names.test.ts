import { describe, expect, it } from "vitest";

import { inferReferenceOutletNames } from "./outlet-names";

const rows: Array<{ why: string; text: string; expected: string[] }> = [
  {
    why: "'told X' names the outlet",
    text: "Prices will rise, two officials told Wirepost.",
    expected: ["Wirepost"],
  },
  {
    why: "'X reported' names the outlet",
    text: "Wirepost reported last week that prices rose.",
    expected: ["Wirepost"],
  },
  {
    why: "'X could not determine' is only said by the outlet itself",
    text: "Wirepost could not determine who paid.",
    expected: ["Wirepost"],
  },
  {
    why: "'X was unable to confirm' is only said by the outlet itself",
    text: "Wirepost was unable to confirm the figure.",
    expected: ["Wirepost"],
  },
  {
    why: "'a X review' is the outlet's own work",
    text: "A Wirepost review of filings found gaps.",
    expected: ["Wirepost"],
  },
  {
    why: "'according to X reporting' names the outlet",
    text: "According to Wirepost reporting, prices rose.",
    expected: ["Wirepost"],
  },
  {
    why: "a dateline names the outlet",
    text: "OSLO, May 2 (Wirepost) - Prices rose.",
    expected: ["Wirepost"],
  },
  {
    why: "a multi-word outlet keeps all its words but not 'The'",
    text: "Two aides told The Morning Ledger the vote slipped.",
    expected: ["Morning Ledger"],
  },
  {
    why: "the most frequent self-reference wins over a passing mention",
    text: "Aides told Wirepost. Wirepost could not determine more. The mayor told Daily Courier.",
    expected: ["Wirepost"],
  },
  {
    why: "people, places and institutions are not outlets",
    text: "He told Congress and Maria told Peru. Ministers told reporters.",
    expected: [],
  },
  {
    why: "no self-reference, no name",
    text: "Prices rose on Monday.",
    expected: [],
  },
];

describe("inferReferenceOutletNames", () => {
  it.each(rows)("$why", ({ text, expected }) => {
    expect(inferReferenceOutletNames(text)).toEqual(expected);
  });
});
