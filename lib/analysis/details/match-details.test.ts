import { describe, expect, it } from "vitest";
import { REASON_CODES } from "../classify/reason-codes";
import type { Detail } from "./extract-details";
import { matchDetails } from "./match-details";

function detail(type: Detail["type"], text: string, key: string, extra: Partial<Detail> = {}): Detail {
  return { type, text, start: 0, end: text.length, key, sourceKind: null, value: null, ...extra };
}
const anonymous = { sourceKind: "anonymous" as const };

// One row per verdict the detail stage gives: the reference detail, the derivative's, the label
// and the registry code. Every code is one of the reason registry (classify/reason-codes.ts).
const ROWS: { why: string; ref: Detail; der: Detail; label: string; code: string }[] = [
  { why: "the same detail is kept", ref: detail("time", "on Friday", "time:friday"), der: detail("time", "on Friday", "time:friday"), label: "faithful", code: "detail-kept" },
  { why: "a different value is a changed number", ref: detail("figure", "$736 million", "figure:736000000:usd", { value: 736e6 }), der: detail("figure", "$763 million", "figure:763000000:usd", { value: 763e6 }), label: "altered", code: "number-changed" },
  { why: "an exact number made vague is softened", ref: detail("figure", "four", "figure:4:", { value: 4 }), der: detail("figure", "several", "figure:several:"), label: "softened", code: "number-vaguer" },
  { why: "a vague number made exact is hardened", ref: detail("figure", "several", "figure:several:"), der: detail("figure", "four", "figure:4:", { value: 4 }), label: "hardened", code: "number-more-precise" },
  { why: "the same sourcing in other words is kept", ref: detail("sourcing", "three sources said", "sourcing:anonymous:3 source say", anonymous), der: detail("sourcing", "according to three sources", "sourcing:anonymous:accord 3 source", anonymous), label: "faithful", code: "detail-kept" },
  { why: "the sources counted differently", ref: detail("sourcing", "five sources said", "sourcing:anonymous:5 source say", anonymous), der: detail("sourcing", "three sources said", "sourcing:anonymous:3 source say", anonymous), label: "altered", code: "source-count-changed" },
  { why: "unnamed sources credited to the reporting itself", ref: detail("sourcing", "the sources said", "sourcing:anonymous:source say", anonymous), der: detail("sourcing", "Reuters reported", "sourcing:reference-outlet:reuters report", { sourceKind: "reference-outlet" }), label: "faithful", code: "credited-to-reference" },
  { why: "sources described as officials", ref: detail("sourcing", "the sources said", "sourcing:anonymous:source say", anonymous), der: detail("sourcing", "officials said", "sourcing:named-organisation:official say", { sourceKind: "named-organisation" }), label: "altered", code: "attribution-changed" },
  { why: "a time frame narrowed", ref: detail("time", "within months or even weeks", "time:month even week"), der: detail("time", "within weeks", "time:week"), label: "hardened", code: "range-narrowed" },
  { why: "a time changed", ref: detail("time", "in March", "time:march"), der: detail("time", "in May", "time:may"), label: "altered", code: "time-changed" },
];

describe("matchDetails", () => {
  it.each(ROWS)("$why", ({ ref, der, label, code }) => {
    const { matches } = matchDetails([ref], [der]);
    expect(matches[0]?.label).toBe(label);
    expect(matches[0]?.reasons[0]?.code).toBe(code);
  });

  it("gives only codes of the reason registry, and the table covers every detail-scope code", () => {
    const registered = new Set<string>(REASON_CODES.map((entry) => entry.code));
    for (const row of ROWS) expect(registered).toContain(row.code);
    const covered = new Set(ROWS.map((row) => row.code));
    const detailCodes = REASON_CODES.filter((entry) => entry.scope === "detail" && entry.code !== "detail-added").map((entry) => entry.code);
    expect(detailCodes.filter((code) => !covered.has(code))).toEqual([]);
  });
});
