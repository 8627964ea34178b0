/**
 * negation-flip: one side negates what the other affirms — "would not recognize" → "would
 * recognize", "has been reached" → "has not been reached". A negation is tied to the content word
 * it bears on ("not … *recognize*"); it flips when the other side has that word un-negated.
 * "without" is left out (paraphrased freely as "absent", "unless"), and so are refusals
 * ("declined to", "denied"), whose object is not a claim of the sentence.
 */
import type { NegationMention } from "../types";
import { createFinding, quoteWords } from "./reason-codes";
import {
  findGovernedWord,
  getSentenceWords,
  isInside,
  isNegatedAt,
  memoizeByView,
  toKey,
  type SentenceWords,
} from "./sentence-words";
import type { Detector, Finding, SentenceView } from "./types";
import { FLIPPING_NEGATIONS, IGNORANCE_WORDS } from "../lexicon/negation";

const IGNORANCE_KEYS = new Set([...IGNORANCE_WORDS].map(toKey));

/**
 * Approximators that already say "not much" ("barely wider" = "not much wider", "hardly any" =
 * "almost none"): a negation against one of them before the same word is a paraphrase.
 */
const NEAR_NEGATIVES = new Set(
  ["barely", "hardly", "scarcely", "little", "rarely", "seldom", "slightly", "marginally"].map(toKey),
);
// "barely wider", "only slightly wider": the approximator sits one or two words before the word.
const NEAR_NEGATIVE_REACH = 2;

/** true when the word occurs right after a near-negative ("barely *wider*"). */
function hasNearNegative(sentence: SentenceWords, governed: string): boolean {
  return sentence.words.some(
    (word, index) =>
      word.norm === governed &&
      sentence.words
        .slice(Math.max(0, index - NEAR_NEGATIVE_REACH), index)
        .some((before) => NEAR_NEGATIVES.has(before.norm)),
  );
}

interface Negated {
  mention: NegationMention;
  governed: string;
  text: string;
}

/** Compares what each side negates. */
export const detectNegationFlip: Detector = (ref, der) => {
  const refNegated = ref.flatMap((view) => listNegated(view));
  const derNegated = listNegated(der);
  if (refNegated.length === 0 && derNegated.length === 0) return []; // no negation on either side
  const derWords = getSentenceWords(der);
  const refWords = ref.map((view) => getSentenceWords(view));
  const findings: Finding[] = [];
  for (const item of refNegated) {
    if (
      derNegated.some((other) => other.governed === item.governed) ||
      !hasAffirmed(derWords, item.governed) ||
      hasNearNegative(derWords, item.governed)
    )
      continue;
    findings.push(
      createFinding(
        "negation-flip",
        `The reference negates it (${quoteWords(item.text)}); the derivative affirms it.`,
        {
          reference: item.text,
          derivative: findSurface(der, derWords, item.governed),
        },
      ),
    );
  }
  for (const item of derNegated) {
    if (
      refNegated.some((other) => other.governed === item.governed) ||
      !refWords.some((sentence) => hasAffirmed(sentence, item.governed)) ||
      refWords.some((sentence) => hasNearNegative(sentence, item.governed))
    )
      continue;
    findings.push(
      createFinding(
        "negation-flip",
        `The reference affirms it; the derivative negates it (${quoteWords(item.text)}).`,
        { derivative: item.text },
      ),
    );
  }
  return findings;
};

/** The sentence's flipping negations with the word each bears on, cached per view. */
const listNegated = memoizeByView((view: SentenceView): Negated[] => {
  const sentence = getSentenceWords(view);
  const { quotes, unknowns } = view.features;
  const found: Negated[] = [];
  for (const mention of view.features.negations) {
    if (!FLIPPING_NEGATIONS.has(mention.word) || isInside(quotes, mention.start, mention.end))
      continue;
    const word = findGovernedWord(sentence, mention.end);
    if (!word) continue;
    // A statement of ignorance ("it was not clear which …") is compared by
    // detect-unknown-contradicted; a non-response ("did not respond to a request for comment") is
    // an event, and "did respond" contradicts it.
    if (isInside(unknowns, mention.start, mention.end) && IGNORANCE_KEYS.has(word.norm)) continue;
    found.push({
      mention,
      governed: word.norm,
      text: view.text.slice(mention.start, word.end),
    });
  }
  return found;
});

/** true when the word occurs with no negation just before it. */
function hasAffirmed(sentence: SentenceWords, governed: string): boolean {
  return sentence.words.some(
    (word, index) => word.norm === governed && !isNegatedAt(sentence, index),
  );
}

function findSurface(
  view: SentenceView,
  sentence: SentenceWords,
  governed: string,
): string {
  const word = sentence.words.find((candidate) => candidate.norm === governed);
  return word ? view.text.slice(word.start, word.end) : governed;
}
