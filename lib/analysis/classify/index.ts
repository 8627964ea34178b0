/**
 * Classify stage: compare a derivative sentence with the reference sentences it was aligned to
 * and label it faithful / softened / hardened / altered / added / invented, with reasons.
 *
 * Build one {@link CompareContext} per story and one {@link SentenceView} per sentence, and
 * reuse them: word lists and the reference index are computed once per object and cached.
 */
import { classifyUnmatched } from "./classify-unmatched";
import { decideLabel, type LabelDecision } from "./decide-label";
import { detectAntonymFlip } from "./detect-antonym-flip";
import { detectAttributionDoubt } from "./detect-attribution-doubt";
import { detectAttributionPresence } from "./detect-attribution-presence";
import { detectClaimStrengthChange } from "./detect-claim-strength-change";
import { detectConditionChange } from "./detect-condition-change";
import { detectEntityChange } from "./detect-entity-change";
import { detectImportanceChange } from "./detect-importance-change";
import { detectInferenceAdded } from "./detect-inference-added";
import { detectModalChange } from "./detect-modal-change";
import { detectNegationFlip } from "./detect-negation-flip";
import { detectNoCommentContradicted } from "./detect-no-comment-contradicted";
import { detectNumberChange } from "./detect-number-change";
import { detectQuantifierChange } from "./detect-quantifier-change";
import { detectQuoteChange } from "./detect-quote-change";
import { detectRangeChange } from "./detect-range-change";
import { detectReferenceAttribution } from "./detect-reference-attribution";
import { detectSourceChange } from "./detect-source-change";
import { detectSourceCountChange } from "./detect-source-count-change";
import { detectStanceChange } from "./detect-stance-change";
import { detectSuperlativeChange } from "./detect-superlative-change";
import { detectTimeChange } from "./detect-time-change";
import { detectUnknownContradicted } from "./detect-unknown-contradicted";
import type { CompareContext, Detector, Finding, SentenceView } from "./types";

export type {
  CompareContext,
  Detector,
  Finding,
  FindingEffect,
  SentenceView,
} from "./types";
export {
  REASON_CODES,
  type ReasonCode,
  type ReasonEffect,
} from "./reason-codes";
export {
  decideLabel,
  MIXED_CHANGE_MARGIN,
  NEAR_COPY_SCORE,
  type LabelDecision,
} from "./decide-label";
export { classifyUnmatched } from "./classify-unmatched";

/** Every detector run on a matched pair, in the order their findings are listed. */
export const DETECTORS: readonly Detector[] = [
  detectQuoteChange,
  detectReferenceAttribution,
  detectUnknownContradicted,
  detectNoCommentContradicted,
  detectNumberChange,
  detectTimeChange,
  detectEntityChange,
  detectNegationFlip,
  detectAntonymFlip,
  detectSourceChange,
  detectSourceCountChange,
  detectAttributionPresence,
  detectAttributionDoubt,
  detectModalChange,
  detectStanceChange,
  detectQuantifierChange,
  detectImportanceChange,
  detectRangeChange,
  detectSuperlativeChange,
  detectConditionChange,
  detectClaimStrengthChange,
  detectInferenceAdded,
];

/** The result of classifying one derivative sentence: label, confidence, reasons (most important first). */
export type SentenceClassification = LabelDecision;

/**
 * Labels the derivative sentence `der` against the reference sentences `ref` it was aligned to
 * (one, or two when it merges two; none when it carries no reference claim) with the alignment
 * score of the best match (0 when unmatched).
 */
export function classifySentence(
  ref: readonly SentenceView[],
  der: SentenceView,
  alignScore: number,
  ctx: CompareContext,
): SentenceClassification {
  if (ref.length === 0) {
    // A statement by someone the reference says made none contradicts the reference wherever it sits.
    const contradicted = detectNoCommentContradicted(ref, der, ctx);
    return decideLabel(removeDuplicates([...contradicted, ...classifyUnmatched(der, ctx)]), 0);
  }
  const findings: Finding[] = [];
  for (const detect of DETECTORS) findings.push(...detect(ref, der, ctx));
  return decideLabel(removeDuplicates(findings), alignScore);
}

/**
 * Two detectors may see the same words ("a key obstacle" → "a possible obstacle" is both a
 * lowered importance and an added hedge): of the findings with one effect and the same
 * derivative words, only one is kept, so one change is not counted twice — the heaviest, and
 * on a tie the one that also names the reference's words (it explains more).
 */
function removeDuplicates(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  for (const finding of findings) {
    const words = finding.evidence?.derivative?.toLowerCase();
    const twin =
      words === undefined
        ? -1
        : kept.findIndex(
            (other) =>
              other.effect === finding.effect &&
              other.evidence?.derivative?.toLowerCase() === words,
          );
    const current = kept[twin];
    if (!current) kept.push(finding);
    else if (rankFinding(finding) > rankFinding(current)) kept[twin] = finding;
  }
  return kept;
}

// Smaller than any difference between two weights, so it only breaks ties.
const TIE_BREAK = 1e-6;

function rankFinding(finding: Finding): number {
  return (
    finding.weight + (finding.evidence?.reference === undefined ? 0 : TIE_BREAK)
  );
}
