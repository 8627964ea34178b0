/**
 * quantifier-weakened / quantifier-strengthened: "every country" → "most countries" (softened),
 * "some officials" → "all officials" (hardened). Quantifiers are paired by the noun they count;
 * when neither side has a partner by noun, the lone quantifiers on each side are paired.
 * ("four" → "several" is a number becoming vague: detect-number-change reports it.)
 */
import type { QuantifierMention } from "../types";
import { createFinding, quoteWords } from "./reason-codes";
import {
  getSentenceWords,
  memoizeByView,
  type SentenceWords,
} from "./sentence-words";
import type { Detector, Finding, SentenceView } from "./types";
import { COUNT_LIKE } from "../lexicon/quantities";

// One step on the features' scale (most 0.8 → all 1; several 0.45 → many 0.6 is 0.15 and is
// left alone: those two are used interchangeably). Smaller gaps are wording, not scope.
const MIN_STRENGTH_GAP = 0.2;
// 0.8 - 1 is -0.19999999999999996 in floating point; the scale's steps are exact decimals.
const FLOAT_TOLERANCE = 1e-9;
// A universal added to a noun the reference leaves bare ("countries" → "all countries") is a
// scope change, but the bare form is often meant universally: lower weight.
const UNPAIRED_WEIGHT_FACTOR = 0.55;
const UNIVERSAL_STRENGTH = 0.9;
// "no"/"none" are negations; detect-negation-flip owns them.
const MIN_COMPARED_STRENGTH = 0.01;
// How many content words after a quantifier may be its noun ("most other Central *Asian* states").
const NOUN_WINDOW = 3;

interface Counted {
  mention: QuantifierMention;
  nouns: string[];
}

/** Compares the quantifiers of the two sides. */
export const detectQuantifierChange: Detector = (ref, der) => {
  const refCounted =
    ref.length === 1
      ? countViewNouns(ref[0] as SentenceView)
      : ref.flatMap(countViewNouns);
  const derCounted = countViewNouns(der);
  // Every finding is about a derivative quantifier: without one there is nothing to compare.
  if (derCounted.length === 0) return [];
  const findings: Finding[] = [];
  const usedRef = new Set<Counted>();
  const unpairedDer: Counted[] = [];
  for (const item of derCounted) {
    const partner = refCounted.find(
      (candidate) =>
        !usedRef.has(candidate) &&
        candidate.nouns.some((noun) => item.nouns.includes(noun)),
    );
    if (partner) {
      usedRef.add(partner);
      pushComparison(findings, partner, item, 1);
    } else {
      unpairedDer.push(item);
    }
  }
  const unpairedRef = refCounted.filter((item) => !usedRef.has(item));
  const [loneRef] = unpairedRef;
  const [loneDer] = unpairedDer;
  // Lone quantifiers pair only when they count something both sides talk about.
  const refContent = ref.map((view) => getSentenceWords(view).content);
  const isShared =
    loneDer !== undefined &&
    loneDer.nouns.some((noun) =>
      refContent.some((content) => content.has(noun)),
    );
  if (
    unpairedRef.length === 1 &&
    unpairedDer.length === 1 &&
    loneRef &&
    loneDer &&
    isShared
  ) {
    pushComparison(findings, loneRef, loneDer, 1);
    return findings;
  }
  const refWords = ref.map((view) => getSentenceWords(view));
  for (const item of unpairedDer) {
    if (
      item.mention.strength < UNIVERSAL_STRENGTH ||
      COUNT_LIKE.has(item.mention.word) ||
      !hasBareNoun(refWords, item.nouns)
    )
      continue;
    findings.push(
      createFinding(
        "quantifier-strengthened",
        `The derivative adds ${quoteWords(item.mention.text)} to a claim the reference does not quantify.`,
        { derivative: item.mention.text },
        { weightFactor: UNPAIRED_WEIGHT_FACTOR },
      ),
    );
  }
  // A universal dropped ("every country" → "countries across the region") is not reported: a
  // bare plural usually still reads as all of them.
  return findings;
};

// The features detector skips "most" before "other" (it reads "other" as an adjective, which
// marks "the most serious"-type superlatives), but "most other states" quantifies.
const MOST_STRENGTH = 0.8;

/** The view's quantifiers plus any "most other …" the features detector left out. */
function withMissedMost(view: SentenceView): QuantifierMention[] {
  const mentions = view.features.quantifiers;
  const { words } = getSentenceWords(view);
  const extra: QuantifierMention[] = [];
  words.forEach((word, index) => {
    if (
      word.lower !== "most" ||
      words[index + 1]?.lower !== "other" ||
      words[index - 1]?.lower === "the"
    )
      return;
    if (mentions.some((mention) => mention.start === word.start)) return;
    extra.push({
      start: word.start,
      end: word.end,
      text: view.text.slice(word.start, word.end),
      word: "most",
      strength: MOST_STRENGTH,
    });
  });
  return extra.length === 0
    ? mentions
    : [...mentions, ...extra].sort((a, b) => a.start - b.start);
}

function pushComparison(
  findings: Finding[],
  ref: Counted,
  der: Counted,
  factor: number,
): void {
  const gap = der.mention.strength - ref.mention.strength;
  if (Math.abs(gap) + FLOAT_TOLERANCE < MIN_STRENGTH_GAP) return;
  const evidence = {
    reference: ref.mention.text,
    derivative: der.mention.text,
  };
  if (gap < 0) {
    findings.push(
      createFinding(
        "quantifier-weakened",
        `${quoteWords(ref.mention.text)} became ${quoteWords(der.mention.text)}: the claim covers less.`,
        evidence,
        { weightFactor: factor },
      ),
    );
  } else {
    findings.push(
      createFinding(
        "quantifier-strengthened",
        `${quoteWords(ref.mention.text)} became ${quoteWords(der.mention.text)}: the claim covers more.`,
        evidence,
        { weightFactor: factor },
      ),
    );
  }
}

/** The sentence's quantifiers with the nouns they count, cached per view. */
const countViewNouns = memoizeByView((view: SentenceView): Counted[] => {
  const sentence = getSentenceWords(view);
  return withMissedMost(view)
    .filter((mention) => mention.strength >= MIN_COMPARED_STRENGTH)
    .map((mention) => ({ mention, nouns: findNouns(sentence, mention.end) }));
});

/** The content words right after a quantifier: one of them is the counted noun. */
function findNouns(sentence: SentenceWords, offset: number): string[] {
  const nouns: string[] = [];
  for (const word of sentence.words) {
    if (word.start < offset) continue;
    if (nouns.length >= NOUN_WINDOW || word.lower === "," || word.isWeak) break;
    if (!word.isStop) nouns.push(word.norm);
  }
  return nouns;
}

/** true when the counted noun (the first word after the quantifier) appears on the other side with no quantifier before it. */
function hasBareNoun(
  sides: readonly SentenceWords[],
  nouns: readonly string[],
): boolean {
  const [noun] = nouns;
  if (noun === undefined) return false;
  return sides.some((sentence) =>
    sentence.words.some(
      (word, index) =>
        word.norm === noun &&
        !sentence.words
          .slice(Math.max(0, index - 3), index)
          .some((before) => before.isWeak),
    ),
  );
}
