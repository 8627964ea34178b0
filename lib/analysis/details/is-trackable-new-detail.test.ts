import { describe, expect, it } from "vitest";
import type { Detail } from "./extract-details";
import { isTrackableNewDetail, type NewDetailContext } from "./is-trackable-new-detail";

/** A detail at the first occurrence of `part` in `sentence`. */
function at(sentence: string, part: string, type: Detail["type"], key: string, extra: Partial<Detail> = {}): [Detail, NewDetailContext] {
  const start = sentence.indexOf(part);
  const detail: Detail = { type, text: part, start, end: start + part.length, key, sourceKind: null, value: null, ...extra };
  const context: NewDetailContext = {
    text: sentence,
    sentenceKind: extra.type === undefined && sentence === sentence.toUpperCase() ? "headline" : "body",
    sentenceStart: 0,
    referencePageLower: "by jane example\nthe council approved the bridge. ($1 = 0.92 euros)",
    referenceOutletNamesLower: ["newswire"],
    referenceFigureValues: new Set([11000]),
  };
  return [detail, context];
}

describe("isTrackableNewDetail", () => {
  it.each([
    ["a quote is tracked", ...at("“We will build it,” he said.", "We will build it", "quote", "quote:build"), true],
    ["sourcing credited to insiders is tracked", ...at("The plan was agreed, two officials said.", "two officials said", "sourcing", "sourcing:anonymous:2 official say", { sourceKind: "anonymous" }), true],
    ["a pronoun source only continues an earlier attribution", ...at("He also said the plan was agreed.", "He also said", "sourcing", "sourcing:named-person:say", { sourceKind: "named-person" }), false],
    ["a bare place name is no claim", ...at("Ferries also run to Europe.", "Europe", "place", "place:europe"), false],
    ["a number word is an everyday count", ...at("Two ferries were sold.", "Two", "figure", "figure:2:ferry", { value: 2 }), false],
    ["a figure in digits with what it counts is tracked", ...at("The bridge is 689-kilometre long.", "689", "figure", "figure:689:", { value: 689 }), true],
    ["a figure in digits followed by a stop word counts nothing", ...at("It rose by 25 in all.", "25", "figure", "figure:25:", { value: 25 }), false],
    ["the reference's own value in other words is not new", ...at("Some 11,000 residents live there.", "11,000", "figure", "figure:11000:resident", { value: 11000 }), false],
    ["a figure from the reference page's footnote is not new", ...at("One euro buys 0.92 of a dollar, roughly.", "0.92", "figure", "figure:0.92:euro", { value: 0.92 }), false],
    ["a date in a dateline only dates the page", ...at("date 2025-08-08 The council approved the bridge.", "08", "figure", "figure:8:", { value: 8 }), false],
    ["a date in the story is tracked", ...at("The council approved the bridge on Friday.", "on Friday", "time", "time:friday"), true],
    ["a name on the reference page (its byline) is not new", ...at("Jane Example reported the vote.", "Jane Example", "actor", "actor:example"), false],
    ["the reference outlet is not a new actor", ...at("Newswire reported the vote.", "Newswire", "actor", "actor:newswire"), false],
    ["a stock ticker is a code, not a name", ...at("Shares of Example (EXMP.NS) fell.", "EXMP.NS", "actor", "actor:exmp.ns"), false],
    ["an acronym in brackets is a tag or a short form", ...at("The Harbour Board (HB) approved it.", "HB", "actor", "actor:hb"), false],
    ["a new named person is tracked", ...at("Mayor Joe Sample welcomed the vote.", "Joe Sample", "actor", "actor:sample"), true],
  ] as const)("%s", (_why, detail, context, expected) => {
    expect(isTrackableNewDetail(detail, context)).toBe(expected);
  });
});
