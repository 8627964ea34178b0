/**
 * claim-strength-raised / claim-strength-lowered: the derivative states the relationship between
 * two things more or less strongly than the reference — no relationship < correlation ("linked
 * to") < conditional causation ("may cause") < causation ("causes"). Read by
 * features/claim-strength.ts from the cue phrases of lexicon/claim-strength.ts.
 */
import { readClaimStrength, type ClaimStrengthReading } from "../features/claim-strength";
import { createFinding, quoteWords } from "./reason-codes";
import { memoizeByView } from "./sentence-words";
import type { Detector, SentenceView } from "./types";

const STRENGTH_NAMES = ["no relationship", "a correlation", "a possible cause", "a cause"] as const;
// A change of one step (correlation → conditional cause) is the typical exaggeration but also where
// the cue reading is least sure (the rule agrees with the annotators of Yu et al. on about 64 % of
// sentences, mostly confusing neighbouring steps), so it weighs less than a change of two or more.
const ONE_STEP_FACTOR = 0.85;

const readView = memoizeByView((view: SentenceView): ClaimStrengthReading =>
  readClaimStrength(view.text.slice(view.start, view.end)),
);

/** Compares the strength of causal language on each side. */
export const detectClaimStrengthChange: Detector = (ref, der) => {
  const derReading = readView(der);
  const refReading = ref
    .map((view) => readView(view))
    .reduce((best, reading) => (reading.strength > best.strength ? reading : best), { strength: 0 } as ClaimStrengthReading);
  const gap = derReading.strength - refReading.strength;
  if (gap === 0 || Math.min(derReading.strength, refReading.strength) === 0) return [];
  const refName = STRENGTH_NAMES[refReading.strength];
  const derName = STRENGTH_NAMES[derReading.strength];
  const refWords = refReading.cue ? ` (${quoteWords(refReading.cue)})` : "";
  const derWords = derReading.cue ? ` (${quoteWords(derReading.cue)})` : "";
  const weightFactor = Math.abs(gap) === 1 ? ONE_STEP_FACTOR : 1;
  const code = gap > 0 ? "claim-strength-raised" : "claim-strength-lowered";
  return [
    createFinding(
      code,
      `The reference states ${refName}${refWords}; the derivative states ${derName}${derWords}.`,
      { reference: refReading.cue, derivative: derReading.cue },
      { weightFactor },
    ),
  ];
};
