import { describe, expect, it } from "vitest";
import {
  decideLabel,
  MIXED_CHANGE_MARGIN,
  NEAR_COPY_SCORE,
} from "./decide-label";
import type { ReasonCode } from "./reason-codes";
import type { Finding, FindingEffect } from "./types";

function finding(code: string, effect: FindingEffect, weight: number): Finding {
  return {
    // The table names codes as plain strings; decideLabel reads only effect and weight.
    code: code as ReasonCode,
    detail: `${code} detail`,
    effect,
    weight,
    evidence: { derivative: code },
  };
}

describe("decideLabel", () => {
  it.each([
    {
      why: "no findings, near-copy score",
      findings: [],
      score: NEAR_COPY_SCORE,
      label: "faithful",
      first: "faithful-verbatim",
    },
    {
      why: "no findings, paraphrase score",
      findings: [],
      score: 0.5,
      label: "faithful",
      first: "faithful-paraphrase",
    },
    {
      why: "invented beats everything",
      findings: [
        finding("number-changed", "altered", 0.85),
        finding("quote-invented", "invented", 0.6),
      ],
      score: 0.7,
      label: "invented",
      first: "quote-invented",
    },
    {
      why: "altered beats hardened",
      findings: [
        finding("hedge-removed", "hardened", 0.9),
        finding("time-changed", "altered", 0.5),
      ],
      score: 0.7,
      label: "altered",
      first: "time-changed",
    },
    {
      why: "hardened alone",
      findings: [finding("hedge-removed", "hardened", 0.65)],
      score: 0.7,
      label: "hardened",
      first: "hedge-removed",
    },
    {
      why: "softened alone",
      findings: [finding("hedge-added", "softened", 0.6)],
      score: 0.7,
      label: "softened",
      first: "hedge-added",
    },
    {
      why: "the heavier direction wins",
      findings: [
        finding("hedge-removed", "hardened", 0.65),
        finding("attribution-dropped", "hardened", 0.5),
        finding("hedge-added", "softened", 0.6),
      ],
      score: 0.7,
      label: "hardened",
      first: "hedge-removed",
    },
    {
      why: "close totals are a mixed change",
      findings: [
        finding("hedge-added", "softened", 0.6),
        finding("attribution-dropped", "hardened", 0.5),
      ],
      score: 0.7,
      label: "altered",
      first: "mixed-change",
    },
    {
      why: "hardened beats added",
      findings: [
        finding("quote-added-external", "added", 0.6),
        finding("booster-added", "hardened", 0.45),
      ],
      score: 0.7,
      label: "hardened",
      first: "booster-added",
    },
    {
      why: "added alone",
      findings: [finding("added-material", "added", 0.5)],
      score: 0,
      label: "added",
      first: "added-material",
    },
  ] as const)("$why", ({ findings, score, label, first }) => {
    const decision = decideLabel([...findings], score);
    expect(decision.label).toBe(label);
    expect(decision.reasons[0]?.code).toBe(first);
    expect(decision.reasons).toHaveLength(
      findings.length +
        (label === "faithful" || first === "mixed-change" ? 1 : 0),
    );
  });

  it("strips effect and weight from the reasons and keeps evidence", () => {
    const decision = decideLabel(
      [finding("hedge-added", "softened", 0.6)],
      0.6,
    );
    expect(decision.reasons).toEqual([
      {
        code: "hedge-added",
        detail: "hedge-added detail",
        evidence: { derivative: "hedge-added" },
      },
    ]);
  });

  it("sorts the winning reasons by weight, then the others by label priority", () => {
    const decision = decideLabel(
      [
        finding("booster-added", "hardened", 0.45),
        finding("quote-added-external", "added", 0.6),
        finding("hedge-removed", "hardened", 0.65),
        finding("hedge-added", "softened", 0.2),
      ],
      0.6,
    );
    expect(decision.reasons.map((reason) => reason.code)).toEqual([
      "hedge-removed",
      "booster-added",
      "hedge-added",
      "quote-added-external",
    ]);
  });

  it("grows confidence with the alignment score and the finding weight", () => {
    const weak = decideLabel(
      [finding("hedge-added", "softened", 0.3)],
      0.3,
    ).confidence;
    const aligned = decideLabel(
      [finding("hedge-added", "softened", 0.3)],
      0.9,
    ).confidence;
    const heavy = decideLabel(
      [finding("hedge-added", "softened", 0.9)],
      0.3,
    ).confidence;
    expect(aligned).toBeGreaterThan(weak);
    expect(heavy).toBeGreaterThan(weak);
    expect(decideLabel([], 1).confidence).toBe(1);
    expect(decideLabel([], 0.2).confidence).toBeCloseTo(0.6);
  });

  it("keeps a margin that separates one hedge from one dropped credit", () => {
    expect(Math.abs(0.6 - 0.5)).toBeLessThan(MIXED_CHANGE_MARGIN);
  });
});
