/**
 * number-changed / number-vaguer / number-qualifier-changed.
 *
 *  - changed (altered): a figure with the same counted noun has another value ("300 died" →
 *    "350 died"), or another year is given. A figure that appears anywhere else in the reference
 *    is not flagged: the derivative merged it from there.
 *  - vaguer (softened): an exact figure became vague ("four countries" → "several countries",
 *    "dozens of people") or approximate ("4,000" → "about 4,000").
 *  - qualifier changed: same value, different bound. "about 4,000" → "4,000" is hardened (an
 *    estimate now reads as exact); "over 60,000" → "60,000" or "at least" → "up to" is altered.
 * Source counts inside an attribution ("three sources said") are left to source-count-changed,
 * numbers inside quotations to the quote detector, range ends to detect-range-change.
 */
import type { NumberMention } from "../types";
import { findNumberRanges, isRangeEnd } from "./number-ranges";
import { getReferenceIndex } from "./reference-index";
import { createFinding, quoteWords } from "./reason-codes";
import {
  getSentenceWords,
  memoizeByView,
  overlapsAny,
  toKey,
  type SentenceWords,
} from "./sentence-words";
import type { CompareContext, Detector, Finding, SentenceView } from "./types";
import { VAGUE_QUANTIFIERS } from "../lexicon/quantities";

type Bound = "exact" | "approximate" | "lower" | "upper" | "other";

const BOUNDS: ReadonlyMap<string, Bound> = new Map([
  ...[
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "an estimated",
    "nearly",
    "almost",
    "close to",
    "just under",
  ].map((word) => [word, "approximate"] as const),
  ...[
    "over",
    "more than",
    "above",
    "upwards of",
    "well over",
    "just over",
    "at least",
  ].map((word) => [word, "lower"] as const),
  ...[
    "up to",
    "as many as",
    "as much as",
    "at most",
    "fewer than",
    "less than",
    "under",
    "below",
  ].map((word) => [word, "upper"] as const),
  ...["exactly", "precisely", "almost exactly"].map(
    (word) => [word, "exact"] as const,
  ),
]);
// The counted noun is among the first words after the quantifier ("several Muslim-majority
// *countries*" puts two compound parts first).
const NOUN_WINDOW = 3;
// Counts this small are often written out and rounded differently; a vague word for "1" is rare.
const MIN_VAGUE_COUNT = 2;

function boundOf(mention: NumberMention): Bound {
  return mention.qualifier === null
    ? "exact"
    : (BOUNDS.get(mention.qualifier) ?? "other");
}

interface Counted {
  mention: NumberMention;
  unit: string | null;
  /** Content keys of the words right after the figure ("four Muslim-majority countries" → muslim, majority, country). */
  after: string[];
}

/** Compares the figures of the two sides. */
export const detectNumberChange: Detector = (ref, der, ctx) => {
  const refNumbers = ref.flatMap((view) => listNumbers(view));
  const derNumbers = listNumbers(der);
  const derRanges = findNumberRanges(der);
  const findings: Finding[] = [];
  for (const item of derNumbers) {
    const { mention } = item;
    if (mention.isYear) {
      compareYear(refNumbers, item, ctx, findings);
      continue;
    }
    if (mention.value === null) {
      const exact = refNumbers.find(
        (other) =>
          !other.mention.isYear &&
          other.mention.value !== null &&
          other.unit !== null &&
          other.unit === item.unit,
      );
      if (exact) pushVaguer(findings, exact.mention.text, mention.text);
      continue;
    }
    const same = refNumbers.find(
      (other) =>
        other.mention.value === mention.value &&
        (other.unit === null || item.unit === null || other.unit === item.unit),
    );
    if (same) {
      compareBounds(findings, same.mention, mention);
      continue;
    }
    if (isRangeEnd(derRanges, mention)) continue;
    const sameUnit = refNumbers.find(
      (other) =>
        !other.mention.isYear &&
        other.mention.value !== null &&
        other.unit !== null &&
        other.unit === item.unit,
    );
    if (!sameUnit || getReferenceIndex(ctx).numberValues.has(mention.value))
      continue;
    if (refNumbers.some((other) => other.mention.value === mention.value))
      continue;
    findings.push(
      createFinding(
        "number-changed",
        `The reference says ${quoteWords(sameUnit.mention.text)}; the derivative says ${quoteWords(mention.text)}.`,
        {
          reference: sameUnit.mention.text,
          derivative: mention.text,
        },
      ),
    );
  }
  compareVagueQuantifiers(refNumbers, der, derNumbers, findings);
  return findings;
};

const listNumbers = memoizeByView((view: SentenceView): Counted[] => {
  const skipped = [...view.features.attributions, ...view.features.quotes];
  const sentence = getSentenceWords(view);
  return view.features.numbers
    .filter((mention) => !overlapsAny(skipped, mention.start, mention.end))
    .map((mention) => ({
      mention,
      unit: mention.unit === null ? null : toKey(mention.unit),
      after: listWordsAfter(sentence, mention.end),
    }));
});

/** Content keys of the first NOUN_WINDOW words after `offset`, stopping at a function word. */
function listWordsAfter(sentence: SentenceWords, offset: number): string[] {
  const keys: string[] = [];
  for (const word of sentence.words) {
    if (word.start < offset) continue;
    if (keys.length >= NOUN_WINDOW || word.isStop || word.isWeak) break;
    keys.push(word.norm);
  }
  return keys;
}

function compareYear(
  refNumbers: readonly Counted[],
  item: Counted,
  ctx: CompareContext,
  findings: Finding[],
): void {
  const value = item.mention.value;
  const refYears = refNumbers.filter((other) => other.mention.isYear);
  const [firstYear] = refYears;
  if (
    value === null ||
    !firstYear ||
    refYears.some((other) => other.mention.value === value)
  )
    return;
  if (getReferenceIndex(ctx).years.has(value)) return;
  findings.push(
    createFinding(
      "number-changed",
      `The reference gives the year ${quoteWords(firstYear.mention.text)}; the derivative says ${quoteWords(item.mention.text)}.`,
      {
        reference: firstYear.mention.text,
        derivative: item.mention.text,
      },
    ),
  );
}

function pushVaguer(
  findings: Finding[],
  refText: string,
  derText: string,
): void {
  findings.push(
    createFinding(
      "number-vaguer",
      `The exact ${quoteWords(refText)} became the vaguer ${quoteWords(derText)}.`,
      { reference: refText, derivative: derText },
    ),
  );
}

function compareBounds(
  findings: Finding[],
  ref: NumberMention,
  der: NumberMention,
): void {
  const refBound = boundOf(ref);
  const derBound = boundOf(der);
  if (refBound === derBound || refBound === "other" || derBound === "other")
    return;
  const evidence = { reference: ref.text, derivative: der.text };
  if (refBound === "exact" && derBound === "approximate") {
    pushVaguer(findings, ref.text, der.text);
  } else if (refBound === "approximate" && derBound === "exact") {
    findings.push(
      createFinding(
        "number-qualifier-changed",
        `The estimate ${quoteWords(ref.text)} is given as the exact ${quoteWords(der.text)}.`,
        evidence,
        { effect: "hardened" },
      ),
    );
  } else {
    findings.push(
      createFinding(
        "number-qualifier-changed",
        `${quoteWords(ref.text)} became ${quoteWords(der.text)}: the figure's bound changed.`,
        evidence,
      ),
    );
  }
}

/**
 * "four countries" → "several countries": a quantifier where the reference counts exactly. The
 * two count the same thing when the quantifier's noun is the figure's unit or the words after
 * them overlap ("four Muslim-majority countries" / "several Muslim-majority states").
 */
function compareVagueQuantifiers(
  refNumbers: readonly Counted[],
  der: SentenceView,
  derNumbers: readonly Counted[],
  findings: Finding[],
): void {
  const sentence = getSentenceWords(der);
  const skipped = der.features.attributions;
  for (const quantifier of der.features.quantifiers) {
    if (
      !VAGUE_QUANTIFIERS.has(quantifier.word) ||
      overlapsAny(skipped, quantifier.start, quantifier.end)
    )
      continue;
    const nouns = listWordsAfter(sentence, quantifier.end);
    const exact = refNumbers.find(
      (other) =>
        !other.mention.isYear &&
        other.mention.value !== null &&
        other.mention.value >= MIN_VAGUE_COUNT &&
        ((other.unit !== null && nouns.includes(other.unit)) ||
          other.after.some((key) => nouns.includes(key))),
    );
    if (
      !exact ||
      derNumbers.some((other) => other.mention.value === exact.mention.value)
    )
      continue;
    // The evidence runs to the counted noun, or to the last shared word before it.
    const sharedIndex = Math.max(
      ...nouns.map((key, position) =>
        key === exact.unit || exact.after.includes(key) ? position : -1,
      ),
    );
    const last = sentence.words.filter((word) => word.start >= quantifier.end)[
      sharedIndex
    ];
    if (!last) continue;
    const refText =
      exact.mention.unit === null
        ? exact.mention.text
        : `${exact.mention.text} ${exact.mention.unit}`;
    pushVaguer(findings, refText, der.text.slice(quantifier.start, last.end));
  }
}
