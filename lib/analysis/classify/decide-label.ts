/**
 * Turns the findings of every detector into one label, a confidence and the reasons to show.
 *
 * Priority: invented > altered > hardened / softened > added > faithful.
 *  - invented and altered win outright: a made-up quote or a wrong number is what a fact-checker
 *    must see first, whatever else changed.
 *  - hardened against softened: the heavier total weight wins; when the totals are close the
 *    sentence moved both ways and is labelled altered with code mixed-change.
 *  - added sits below the certainty labels: a matched sentence that also quotes an outside
 *    voice is first of all a (changed or faithful) rendering of the reference claim; an
 *    unmatched sentence has only added/invented findings, so it is labelled added.
 *  - faithful when nothing was found: faithful-verbatim at or above the near-copy score,
 *    faithful-paraphrase below it.
 */
import type { Reason, SentenceLabel } from "../types";
import { createFinding } from "./reason-codes";
import type { Finding, FindingEffect } from "./types";

/** The label decision for one derivative sentence. */
export interface LabelDecision {
  label: SentenceLabel;
  /** 0..1: how sure the label is. */
  confidence: number;
  /** Most important first. */
  reasons: Reason[];
}

/**
 * Alignment score at or above which a faithful sentence is a near-copy. The aligner scores a
 * verbatim copy 1; swapping one or two words of a twenty-word sentence keeps it above 0.85,
 * while a reworded sentence with the same facts lands around 0.4–0.7.
 */
export const NEAR_COPY_SCORE = 0.85;
/**
 * Hardened and softened totals closer than this are a mixed change: one hedge added (0.6)
 * against one attribution dropped (0.5) is too close to call a direction.
 */
export const MIXED_CHANGE_MARGIN = 0.15;

// Confidence of a changed label = TOP_SHARE × the strongest finding's weight
//   + SUPPORT_SHARE × min(1, the other findings for that label) + ALIGN_SHARE × alignment term.
// The strongest finding dominates (it is the reason shown first); corroborating findings and a
// clean alignment (the comparison was made against the right reference sentence) add to it.
const TOP_SHARE = 0.6;
const SUPPORT_SHARE = 0.15;
const ALIGN_SHARE = 0.25;
// For added/invented on an unmatched sentence (score 0) there is no pair to trust or distrust:
// the alignment term is neutral.
const NEUTRAL_ALIGNMENT = 0.5;
// Faithful confidence = FAITHFUL_BASE + FAITHFUL_SLOPE × score: a copy (1.0) is certain, a
// paraphrase at the aligner's acceptance floor (0.2) is only 0.6, since a subtle change the
// detectors missed is likelier in a loose paraphrase.
const FAITHFUL_BASE = 0.5;
const FAITHFUL_SLOPE = 0.5;

const CHANGE_ORDER: readonly FindingEffect[] = [
  "invented",
  "altered",
  "hardened",
  "softened",
  "added",
];

function sumWeights(findings: readonly Finding[]): number {
  return findings.reduce((total, finding) => total + finding.weight, 0);
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function toReason(finding: Finding): Reason {
  const reason: Reason = { code: finding.code, detail: finding.detail };
  if (finding.evidence) reason.evidence = { ...finding.evidence };
  return reason;
}

function byWeight(a: Finding, b: Finding): number {
  return b.weight - a.weight;
}

/** Decides the label of a derivative sentence from its findings and its alignment score (0 when unmatched). */
export function decideLabel(
  findings: Finding[],
  alignScore: number,
): LabelDecision {
  const score = clamp(alignScore);
  const groups = new Map<FindingEffect, Finding[]>();
  for (const finding of findings)
    groups.set(finding.effect, [
      ...(groups.get(finding.effect) ?? []),
      finding,
    ]);
  const hardened = groups.get("hardened") ?? [];
  const softened = groups.get("softened") ?? [];

  let label: SentenceLabel | null = null;
  let winners: Finding[] = [];
  if (groups.has("invented"))
    [label, winners] = ["invented", groups.get("invented") ?? []];
  else if (groups.has("altered"))
    [label, winners] = ["altered", groups.get("altered") ?? []];
  else if (hardened.length > 0 && softened.length > 0) {
    const hardWeight = sumWeights(hardened);
    const softWeight = sumWeights(softened);
    if (Math.abs(hardWeight - softWeight) < MIXED_CHANGE_MARGIN) {
      const mixed = createFinding(
        "mixed-change",
        "The sentence is both stronger and weaker than the reference in different places.",
        {},
      );
      // Ranked first, as heavy as the strongest change on either side.
      mixed.weight = Math.max(
        ...hardened.map((finding) => finding.weight),
        ...softened.map((finding) => finding.weight),
      );
      [label, winners] = ["altered", [mixed, ...hardened, ...softened]];
    } else if (hardWeight > softWeight)
      [label, winners] = ["hardened", hardened];
    else [label, winners] = ["softened", softened];
  } else if (hardened.length > 0) [label, winners] = ["hardened", hardened];
  else if (softened.length > 0) [label, winners] = ["softened", softened];
  else if (groups.has("added"))
    [label, winners] = ["added", groups.get("added") ?? []];

  if (label === null) {
    const code =
      score >= NEAR_COPY_SCORE ? "faithful-verbatim" : "faithful-paraphrase";
    const detail =
      code === "faithful-verbatim"
        ? "A near-copy of the reference sentence."
        : "Says what the reference says, in other words, with the same certainty, scope, numbers and sourcing.";
    return {
      label: "faithful",
      confidence: clamp(FAITHFUL_BASE + FAITHFUL_SLOPE * score),
      reasons: [{ code, detail }],
    };
  }

  const sortedWinners =
    label === "altered" && winners[0]?.code === "mixed-change"
      ? winners
      : [...winners].sort(byWeight);
  const top = sortedWinners.reduce(
    (best, finding) => Math.max(best, finding.weight),
    0,
  );
  const support = sumWeights(sortedWinners) - top;
  const isNewMaterial = label === "added" || label === "invented";
  const alignment = isNewMaterial && score === 0 ? NEUTRAL_ALIGNMENT : score;
  const confidence = clamp(
    TOP_SHARE * top +
      SUPPORT_SHARE * Math.min(1, support) +
      ALIGN_SHARE * alignment,
  );

  const rest = findings.filter((finding) => !sortedWinners.includes(finding));
  rest.sort(
    (a, b) =>
      CHANGE_ORDER.indexOf(a.effect) - CHANGE_ORDER.indexOf(b.effect) ||
      byWeight(a, b),
  );
  return {
    label,
    confidence,
    reasons: [...sortedWinners, ...rest].map(toReason),
  };
}
