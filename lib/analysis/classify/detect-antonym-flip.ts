/**
 * antonym-flip: the derivative says the opposite with a different word — "less costly" → "more
 * costly", "prices rose" → "prices fell", "allies" → "rivals" (table in lexicon/antonyms.ts) —
 * or drops a diminishing comparative ("less costly" → "costly"). The two words must share a
 * neighbour (a content word within a few words on each side: "*prices* rose" / "*prices* fell"),
 * so opposites in unrelated clauses do not count, and neither may be negated ("did not win" →
 * "lost" says the same thing).
 */
import { ANTONYMS, DIMINISHING_COMPARATIVES } from "./keyed-lexicon";
import { createFinding, quoteWords } from "./reason-codes";
import {
  getSentenceWords,
  isInside,
  isNegatedAt,
  memoizeByView,
  type SentenceWords,
} from "./sentence-words";
import type { Detector, Finding, SentenceView } from "./types";

// Neighbours within this many words on either side anchor the two words to the same claim.
const ANCHOR_WINDOW = 3;
// Dropping "less" reverses the comparison but keeps the adjective: a little less sure than a swap.
const DROPPED_COMPARATIVE_FACTOR = 0.75;

const LETTER_START_RE = /^\p{L}/u;

/** A word with an opposite in the table, not negated and not quoted, with its neighbours. */
interface PolarWord {
  norm: string;
  text: string;
  anchors: ReadonlySet<string>;
}

/** "less costly": a diminishing comparative and the word it compares. */
interface Diminished {
  text: string;
  compared: string;
}

/** Finds opposite words anchored to the same claim. */
export const detectAntonymFlip: Detector = (ref, der) => {
  const derSentence = getSentenceWords(der);
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const word of listPolarWords(der)) {
    const opposites = ANTONYMS.get(word.norm);
    if (!opposites || reported.has(word.text)) continue;
    if (ref.some((view) => getSentenceWords(view).norms.has(word.norm)))
      continue;
    const partner = ref
      .flatMap((view) => listPolarWords(view))
      .find(
        (candidate) =>
          opposites.has(candidate.norm) &&
          !derSentence.norms.has(candidate.norm) &&
          shareAnchor(candidate.anchors, word.anchors),
      );
    if (!partner) continue;
    reported.add(word.text);
    findings.push(
      createFinding(
        "antonym-flip",
        `The reference says ${quoteWords(partner.text)}; the derivative says the opposite, ${quoteWords(word.text)}.`,
        { reference: partner.text, derivative: word.text },
      ),
    );
  }
  for (const view of ref)
    findDroppedComparatives(view, der, derSentence, findings);
  return findings;
};

function isQuoted(view: SentenceView, start: number, end: number): boolean {
  return isInside(view.features.quotes, start, end);
}

/** Content words within ANCHOR_WINDOW of words[index]. */
function findNeighbours(sentence: SentenceWords, index: number): Set<string> {
  const keys = new Set<string>();
  const { words } = sentence;
  for (let offset = -ANCHOR_WINDOW; offset <= ANCHOR_WINDOW; offset += 1) {
    const word = words[index + offset];
    if (offset !== 0 && word && !word.isStop && !word.isWeak)
      keys.add(word.norm);
  }
  return keys;
}

function shareAnchor(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const key of b) if (a.has(key)) return true;
  return false;
}

/** The sentence's words that have an opposite, cached per view. */
const listPolarWords = memoizeByView((view: SentenceView): PolarWord[] => {
  const sentence = getSentenceWords(view);
  const found: PolarWord[] = [];
  sentence.words.forEach((word, index) => {
    if (
      !ANTONYMS.has(word.norm) ||
      word.isStop ||
      isQuoted(view, word.start, word.end) ||
      isNegatedAt(sentence, index)
    )
      return;
    found.push({
      norm: word.norm,
      text: view.text.slice(word.start, word.end),
      anchors: findNeighbours(sentence, index),
    });
  });
  return found;
});

/** The sentence's "less X" pairs, cached per view. */
const listDiminished = memoizeByView((view: SentenceView): Diminished[] => {
  const { words } = getSentenceWords(view);
  const found: Diminished[] = [];
  words.forEach((word, index) => {
    const next = words[index + 1];
    // The compared word must be a word: "fewer than 100" is a bound, read by the number detector.
    if (
      !DIMINISHING_COMPARATIVES.has(word.norm) ||
      !next ||
      next.isStop ||
      next.isWeak ||
      !LETTER_START_RE.test(next.norm)
    )
      return;
    found.push({
      text: view.text.slice(word.start, next.end),
      compared: next.norm,
    });
  });
  return found;
});

/** "less costly" in the reference, "costly" with no comparative in the derivative. */
function findDroppedComparatives(
  view: SentenceView,
  der: SentenceView,
  derSentence: SentenceWords,
  findings: Finding[],
): void {
  const diminished = listDiminished(view);
  if (diminished.length === 0) return;
  const hasComparative = derSentence.words.some(
    (other) =>
      DIMINISHING_COMPARATIVES.has(other.norm) ||
      isOppositeComparative(other.norm),
  );
  if (hasComparative) return;
  for (const item of diminished) {
    const derWord = derSentence.words.find(
      (other) => other.norm === item.compared,
    );
    if (!derWord || isQuoted(der, derWord.start, derWord.end)) continue;
    const derText = der.text.slice(derWord.start, derWord.end);
    findings.push(
      createFinding(
        "antonym-flip",
        `The reference says ${quoteWords(item.text)}; the derivative drops the comparison: ${quoteWords(derText)}.`,
        { reference: item.text, derivative: derText },
        { weightFactor: DROPPED_COMPARATIVE_FACTOR },
      ),
    );
  }
}

/** "more" and the other opposites of the diminishing comparatives. */
function isOppositeComparative(norm: string): boolean {
  for (const comparative of DIMINISHING_COMPARATIVES)
    if (ANTONYMS.get(comparative)?.has(norm)) return true;
  return false;
}
