import { alignSentence, buildAlignIndex } from "./align";
import { classifySentence, type SentenceView } from "./classify";
import { extractFeatures, inferReferenceOutletNames } from "./features";
import type { Reason, SentenceLabel } from "./types";

export interface PairResult {
  label: SentenceLabel;
  confidence: number;
  reasons: Reason[];
  /** Alignment score of the two texts (0 … 1). */
  score: number;
}

/**
 * Labels one derivative sentence (or short passage) against one reference sentence, taking the
 * pair as aligned: the mode for evaluating the classifier on external sentence-pair data sets.
 */
export function classifyPair(reference: string, derivative: string, referenceOutletNames: string[] = []): PairResult {
  const ctx = { referenceOutletNames: [...referenceOutletNames, ...inferReferenceOutletNames(reference)] };
  const refView: SentenceView = { text: reference, start: 0, end: reference.length, features: extractFeatures(reference, 0, reference.length, ctx) };
  const derView: SentenceView = { text: derivative, start: 0, end: derivative.length, features: extractFeatures(derivative, 0, derivative.length, ctx) };
  const index = buildAlignIndex([{ id: "r", start: 0, end: reference.length, text: reference }]);
  const score = alignSentence(index, derivative, 0, derivative.length)[0]?.score ?? 0;
  const verdict = classifySentence([refView], derView, score, {
    referenceOutletNames: ctx.referenceOutletNames,
    referenceQuotes: refView.features.quotes,
    referenceSentences: [refView],
  });
  return { ...verdict, score: Math.round(score * 1000) / 1000 };
}
