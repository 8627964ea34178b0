/**
 * condition-removed / condition-added: the reference makes a claim under a condition ("if Armenia
 * agrees", "a precondition to join") that the derivative drops (hardened), or the derivative adds
 * one the reference does not state anywhere (softened). A condition counts as kept when most of
 * its content words are still there, however it is phrased ("if" → "provided", "unless").
 */
import type { Span } from "../types";
import { getReferenceIndex } from "./reference-index";
import { createFinding, quoteWords } from "./reason-codes";
import {
  getSentenceWords,
  overlapsAny,
  toKey,
  type SentenceWords,
} from "./sentence-words";
import type { CompareContext, Detector, Finding, SentenceView } from "./types";

// Half of a condition's content words present elsewhere means it is carried, reworded ("if
// Armenia agrees" ~ "once Armenia signs on" shares "Armenia" of two words).
const MIN_KEPT_SHARE = 0.5;
// Two content words of a condition found in one reference sentence that states a condition make
// it that condition; one shared word ("Armenia") is coincidence.
const MIN_SHARED_ELSEWHERE = 2;
// The derivative must carry at least this share of the rest of the sentence (outside the
// condition and the attribution): otherwise it took another part of the sentence, and the
// condition is omitted along with the claim it governs, not dropped from it.
const MIN_CLAIM_SHARE = 0.5;
// Trigger words carry no content of their own.
const TRIGGER_KEYS: ReadonlySet<string> = new Set(
  [
    "precondition",
    "preconditions",
    "condition",
    "conditions",
    "conditional",
    "conditioned",
    "prerequisite",
    "provided",
    "providing",
    "unless",
    "contingent",
    "subject",
    "depends",
    "depending",
    "hinges",
    "exchange",
    "return",
    "long",
  ].map(toKey),
);

/** Compares the conditions of the two sides. */
export const detectConditionChange: Detector = (ref, der, ctx) => {
  const findings: Finding[] = [];
  const derWords = getSentenceWords(der);
  const derConditions = der.features.conditions;
  if (derConditions.length === 0) {
    for (const view of ref) {
      const sentence = getSentenceWords(view);
      for (const condition of view.features.conditions) {
        const keys = conditionKeys(sentence, condition);
        if (keys.length === 0 || keptShare(keys, [derWords]) >= MIN_KEPT_SHARE)
          continue;
        const claim = claimKeys(view, sentence);
        if (
          claim.length === 0 ||
          keptShare(claim, [derWords]) < MIN_CLAIM_SHARE
        )
          continue;
        // The condition governs the clause right before it ("lease the airport for 30 years in
        // exchange for expanding it"): when that clause went too, the condition left with it.
        const governed = governedKeys(sentence, condition);
        if (governed.length > 0 && keptShare(governed, [derWords]) < MIN_CLAIM_SHARE)
          continue;
        findings.push(
          createFinding(
            "condition-removed",
            `The reference's condition ${quoteWords(condition.text)} is gone: the claim now reads as unconditional.`,
            { reference: condition.text },
          ),
        );
      }
    }
    return findings;
  }
  if (ref.some((view) => view.features.conditions.length > 0)) return findings;
  const refWords = ref.map((view) => getSentenceWords(view));
  for (const condition of derConditions) {
    const keys = conditionKeys(derWords, condition);
    if (
      keys.length === 0 ||
      keptShare(keys, refWords) >= MIN_KEPT_SHARE ||
      isElsewhereInReference(keys, ctx)
    )
      continue;
    findings.push(
      createFinding(
        "condition-added",
        `The derivative adds the condition ${quoteWords(condition.text)}, which the reference does not state.`,
        { derivative: condition.text },
      ),
    );
  }
  return findings;
};

function conditionKeys(sentence: SentenceWords, condition: Span): string[] {
  const keys: string[] = [];
  for (const word of sentence.words) {
    if (
      word.start >= condition.start &&
      word.end <= condition.end &&
      !word.isStop &&
      !word.isWeak &&
      !TRIGGER_KEYS.has(word.norm)
    )
      keys.push(word.norm);
  }
  return keys;
}

// The clause a trailing condition governs: its last few content words ("lease … airport … 30 years").
const GOVERNED_WINDOW = 4;

/** The content keys just before the condition (none when the condition opens the sentence). */
function governedKeys(sentence: SentenceWords, condition: Span): string[] {
  return sentence.words
    .filter((word) => word.end <= condition.start && !word.isStop && !word.isWeak)
    .slice(-GOVERNED_WINDOW)
    .map((word) => word.norm);
}

/** Content keys outside the conditions and attributions: the claim the conditions govern. */
function claimKeys(view: SentenceView, sentence: SentenceWords): string[] {
  const skipped = [...view.features.conditions, ...view.features.attributions];
  return sentence.words
    .filter(
      (word) =>
        !word.isStop &&
        !word.isWeak &&
        !overlapsAny(skipped, word.start, word.end),
    )
    .map((word) => word.norm);
}

function keptShare(
  keys: readonly string[],
  sides: readonly SentenceWords[],
): number {
  const kept = keys.filter((key) =>
    sides.some((sentence) => sentence.content.has(key)),
  ).length;
  return kept / keys.length;
}

/**
 * A condition merged in from another reference sentence is carried, not added: some reference
 * sentence that states a condition shares half its words, or at least MIN_SHARED_ELSEWHERE of
 * them ("conditioned admission on a final peace treaty" ~ "considers a peace deal a
 * precondition to join the accords").
 */
function isElsewhereInReference(
  keys: readonly string[],
  ctx: CompareContext,
): boolean {
  const index = getReferenceIndex(ctx);
  return index.sentences.some(({ view }) => {
    if (!hasCondition(view)) return false;
    const content = getSentenceWords(view).content;
    const shared = keys.filter((key) => content.has(key)).length;
    return (
      shared >= MIN_SHARED_ELSEWHERE || shared / keys.length >= MIN_KEPT_SHARE
    );
  });
}

function hasCondition(view: SentenceView): boolean {
  return view.features.conditions.length > 0;
}
