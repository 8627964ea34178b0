/**
 * A statement and its details tell one story. The sentence classifier and the detail stage judge
 * the same words; where they disagree this settles it with one rule, using the one reason
 * registry and the one label order (labels.ts):
 * - a detail the sentence's own finding is about takes that finding ("sources" → "officials"
 *   makes the sentence altered, so its sourcing detail is altered too, not "keeps the sourcing");
 * - a clear change the detail stage found (registry weight ≥ {@link CLEAR_CHANGE_WEIGHT}) that the
 *   sentence classifier missed raises the sentence to that label, with the detail's reason; a
 *   milder one in a sentence the classifier calls faithful is read as the same detail in other
 *   words (the detail stage compares words alone: "two weeks ago" / "a fortnight ago");
 * - new material whose details are invented is invented, not added.
 */
import { REASON_CODES, type ReasonCode, type ReasonEffect } from "../classify";
import { LABEL_SEVERITY } from "../labels";
import type { ReportDetail } from "../report/report-types";
import type { Reason, SentenceLabel } from "../types";

/**
 * Whether a detail is one the derivative introduced: every id that is not a reference claim's
 * ("c3", "c3.d2"). New ids are "n…" once clustered, placeholders while an article is analysed
 * apart from its story (analyze-incremental.ts), so the test cannot be "starts with n".
 */
const isNewDetail = (detail: { claimId: string }): boolean => !/^c\d/.test(detail.claimId);

/**
 * Registry weights from here up say the reference is plainly contradicted (the 0.8–0.9 band of
 * reason-codes.ts: a different number, a quote given to another speaker). Measured on the eval
 * stories: from 0.6 (times and attributions too) the word-level detail comparison raised 13
 * faithful paraphrases to altered ("two weeks ago" / "a fortnight ago", "on Thursday" / "on
 * Dec 11") for one real change found; from 0.8 it raised one sentence, rightly changed.
 */
export const CLEAR_CHANGE_WEIGHT = 0.8;

const REGISTRY: ReadonlyMap<ReasonCode, { effect: ReasonEffect; weight: number }> = new Map(
  REASON_CODES.map((entry) => [entry.code, { effect: entry.effect, weight: entry.weight }]),
);

/** A sentence verdict as analyze-article builds it. */
export interface SentenceVerdict {
  label: SentenceLabel;
  confidence: number;
  reasons: Reason[];
}

/**
 * Makes a sentence's verdict and its details' labels agree (see the file comment). Pure: returns
 * new objects, the inputs are left as they are.
 */
export function reconcileDetails(verdict: SentenceVerdict, details: ReportDetail[]): { verdict: SentenceVerdict; details: ReportDetail[] } {
  const changes = verdict.reasons.filter((reason) => isChange(reason.code));
  const settled = details.map((detail) => {
    if (detail.label !== "faithful" || isNewDetail(detail)) return detail;
    const finding = changes.find((reason) => isAbout(reason, detail));
    const effect = finding ? REGISTRY.get(finding.code)?.effect : undefined;
    if (!finding || !effect || effect === "faithful") return detail;
    return { ...detail, label: effect, reasons: [finding] };
  });

  let next = verdict;
  if (verdict.label === "faithful") {
    const clear = settled
      .filter((detail) => !isNewDetail(detail) && detail.label !== "faithful")
      .map((detail) => ({ detail, reason: detail.reasons[0] }))
      .filter(({ reason }) => reason !== undefined && (REGISTRY.get(reason.code)?.weight ?? 0) >= CLEAR_CHANGE_WEIGHT && isFiguresInDigits(reason))
      .sort((a, b) => LABEL_SEVERITY[b.detail.label] - LABEL_SEVERITY[a.detail.label])[0];
    if (clear?.reason) next = { label: clear.detail.label, confidence: Math.min(verdict.confidence, clearConfidence), reasons: [clear.reason] };
    else return { verdict, details: settled.map(acceptAsKept) };
  } else if (verdict.label === "added") {
    const invented = settled.find((detail) => detail.label === "invented");
    if (invented?.reasons[0]) next = { ...verdict, label: "invented", reasons: [invented.reasons[0], ...verdict.reasons] };
  }
  return { verdict: next, details: settled };
}

// A label raised from one detail rests on one cue: the confidence says so ("needs review" below 0.8).
const clearConfidence = 0.7;

/**
 * A changed number raises a sentence only between figures written in digits: a number word is an
 * everyday count ("one of the countries") that the detail stage may pair with any figure.
 */
function isFiguresInDigits(reason: Reason): boolean {
  if (reason.code !== "number-changed") return true;
  return /\d/.test(reason.evidence?.reference ?? "") && /\d/.test(reason.evidence?.derivative ?? "");
}

/** A detail change the sentence comparison does not bear out: the detail is the same in other words. */
function acceptAsKept(detail: ReportDetail): ReportDetail {
  if (detail.label === "faithful" || isNewDetail(detail)) return detail;
  const before = detail.reasons[0]?.evidence?.reference;
  return {
    ...detail,
    label: "faithful",
    reasons: [{ code: "detail-kept", detail: `"${detail.text}" is read as ${before ? `"${before}"` : "the reference's detail"} in other words: the sentence says the same`, evidence: { ...(before ? { reference: before } : {}), derivative: detail.text } }],
  };
}

function isChange(code: ReasonCode): boolean {
  const effect = REGISTRY.get(code)?.effect;
  return effect !== undefined && effect !== "faithful";
}

/** Whether a sentence finding is about this detail: its evidence words and the detail's overlap. */
function isAbout(reason: Reason, detail: ReportDetail): boolean {
  const said = reason.evidence?.derivative?.toLowerCase();
  if (!said) return false;
  const text = detail.text.toLowerCase();
  return said.includes(text) || text.includes(said);
}
