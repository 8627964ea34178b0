import { describe, expect, it } from "vitest";
import type { ReportDetail } from "../report/report-types";
import type { Reason } from "../types";
import { reconcileDetails, type SentenceVerdict } from "./reconcile-details";

function detail(claimId: string, text: string, label: ReportDetail["label"], reason: Reason): ReportDetail {
  return { claimId, text, start: 0, end: text.length, label, reasons: [reason] };
}
const kept = (text: string): Reason => ({ code: "detail-kept", detail: "kept", evidence: { derivative: text } });
const verdict = (label: SentenceVerdict["label"], reasons: Reason[]): SentenceVerdict => ({ label, confidence: 0.75, reasons });
const paraphrase: Reason = { code: "faithful-paraphrase", detail: "same" };

// One row per disagreement between a sentence and its details, and how it is settled.
const ROWS: { why: string; verdict: SentenceVerdict; details: ReportDetail[]; label: string; detailLabels: string[] }[] = [
  {
    why: "a sourcing detail the sentence's finding is about takes that finding (not 'keeps the sourcing')",
    verdict: verdict("altered", [{ code: "attribution-changed", detail: "sources → officials", evidence: { reference: "the sources said", derivative: "officials said" } }]),
    details: [detail("c1.d1", "officials said", "faithful", kept("officials said"))],
    label: "altered",
    detailLabels: ["altered"],
  },
  {
    why: "a different number the sentence classifier missed makes the sentence altered",
    verdict: verdict("faithful", [paraphrase]),
    details: [detail("c1.d2", "$763 million", "altered", { code: "number-changed", detail: "736 → 763", evidence: { reference: "$736 million", derivative: "$763 million" } })],
    label: "altered",
    detailLabels: ["altered"],
  },
  {
    why: "a figure paired with a number word ('one of the countries') does not raise the sentence",
    verdict: verdict("faithful", [paraphrase]),
    details: [detail("c1.d3", "around 11,000", "altered", { code: "number-changed", detail: "one → 11,000", evidence: { reference: "one", derivative: "around 11,000" } })],
    label: "faithful",
    detailLabels: ["faithful"],
  },
  {
    why: "a word-level time change in a sentence that says the same is the same time in other words",
    verdict: verdict("faithful", [paraphrase]),
    details: [detail("c2.d1", "two weeks ago", "altered", { code: "time-changed", detail: "fortnight → two weeks", evidence: { reference: "a fortnight ago", derivative: "two weeks ago" } })],
    label: "faithful",
    detailLabels: ["faithful"],
  },
  {
    why: "new material whose quote is invented is invented, not added",
    verdict: verdict("added", [{ code: "added-material", detail: "new" }]),
    details: [detail("n1", "We will not sign", "invented", { code: "quote-invented", detail: "credited to insiders" })],
    label: "invented",
    detailLabels: ["invented"],
  },
  {
    why: "an added detail in added material stays as it is",
    verdict: verdict("added", [{ code: "added-material", detail: "new" }]),
    details: [detail("n2", "in 2023", "added", { code: "detail-added", detail: "new" })],
    label: "added",
    detailLabels: ["added"],
  },
];

describe("reconcileDetails", () => {
  it.each(ROWS)("$why", (row) => {
    const settled = reconcileDetails(row.verdict, row.details);
    expect(settled.verdict.label).toBe(row.label);
    expect(settled.details.map((d) => d.label)).toEqual(row.detailLabels);
    expect(settled.verdict.reasons.length).toBeGreaterThan(0);
  });
});
