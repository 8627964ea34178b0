/**
 * The words of a sentence as the detectors compare them: the alignment tokenizer's normalised,
 * stemmed keys ("countries" → "country", "five" → "5") with offsets and surface flags. Each view
 * is tokenized once and cached, so a reference sentence compared with thousands of derivative
 * sentences costs one tokenization.
 */
import { tokenize } from "../align/tokens";
import type { Span } from "../types";
import type { SentenceView } from "./types";
import { toWordSet } from "./word-set";

/** One word of a sentence. */
export interface Word {
  /** Normalised, stemmed key from the alignment tokenizer. */
  norm: string;
  /** Surface form, lower-cased, typographic apostrophes folded. */
  lower: string;
  start: number;
  end: number;
  /** A function word ("the", "of", "was"). */
  isStop: boolean;
  /** A negation, modal or quantifier ("not", "could", "all"). */
  isWeak: boolean;
  /** First letter is upper-case. */
  isCap: boolean;
  /** An "-ly" adverb ("largely", "repeatedly"), skipped when looking for the word a modal governs. */
  isAdverb: boolean;
}

/** A tokenized sentence. */
export interface SentenceWords {
  /** Words in order; a hyphenated compound appears as its parts ("Muslim", "majority"). */
  words: Word[];
  /** Every key, compounds included. */
  norms: ReadonlySet<string>;
  /** Keys of content words (not function words, negations, modals or quantifiers). */
  content: ReadonlySet<string>;
}

const cache = new WeakMap<SentenceView, SentenceWords>();
const UPPER_RE = /^\p{Lu}/u;
// "-ly" words shorter than this are not adverbs ("fly", "only" is a stop word anyway, "ally").
const MIN_ADVERB_LENGTH = 5;
const NOT_ADVERBS = toWordSet(
  "family italy july ally early only supply reply rally assembly likely unlikely",
);

/** The words of `view`, tokenized once per view. */
export function getSentenceWords(view: SentenceView): SentenceWords {
  const cached = cache.get(view);
  if (cached) return cached;
  const words: Word[] = [];
  const norms = new Set<string>();
  const content = new Set<string>();
  for (const token of tokenize(view.text, view.start, view.end)) {
    norms.add(token.norm);
    if (!token.isStop && !token.isWeak) content.add(token.norm);
    if (token.norm.includes("-")) continue; // the compound's parts follow as their own tokens
    const surface = view.text.slice(token.start, token.end);
    const lower = surface.toLowerCase().replace(/’/g, "'");
    words.push({
      norm: token.norm,
      lower,
      start: token.start,
      end: token.end,
      isStop: token.isStop,
      isWeak: token.isWeak,
      isCap: UPPER_RE.test(surface),
      isAdverb:
        lower.length >= MIN_ADVERB_LENGTH &&
        lower.endsWith("ly") &&
        !NOT_ADVERBS.has(lower),
    });
  }
  const result: SentenceWords = { words, norms, content };
  cache.set(view, result);
  return result;
}

const keyCache = new Map<string, string>();

/**
 * The normalised key of a lexicon word, as the tokenizer would produce it ("halted" → "halt").
 * Meant for word lists built at module load; memoised.
 */
export function toKey(word: string): string {
  const cached = keyCache.get(word);
  if (cached !== undefined) return cached;
  const tokens = tokenize(word);
  const key =
    tokens.find((token) => !token.norm.includes("-"))?.norm ??
    tokens[0]?.norm ??
    word.toLowerCase();
  keyCache.set(word, key);
  return key;
}

/** Keys of a short phrase's words ("local health authorities" → ["local", "health", "authority"]). */
export function toKeys(phrase: string): string[] {
  return tokenize(phrase)
    .filter((token) => !token.norm.includes("-"))
    .map((token) => token.norm);
}

// How far after a modal or negation the governed word may sit: "could *soon* be reached" (2),
// "will not, however, be signed" (4). Further away it usually belongs to another clause.
const MAX_GOVERNED_DISTANCE = 5;

/**
 * The first content word at or after `offset` (skipping function words, negations, modals and
 * adverbs): the verb or adjective a modal or negation bears on ("could be *reached*").
 */
export function findGovernedWord(
  sentence: SentenceWords,
  offset: number,
): Word | null {
  const { words } = sentence;
  let seen = 0;
  for (const word of words) {
    if (word.start < offset) continue;
    seen += 1;
    if (seen > MAX_GOVERNED_DISTANCE) return null;
    if (word.isStop || word.isWeak || word.isAdverb) continue;
    return word;
  }
  return null;
}

// Negations read on the keys: "won't", "didn't" become "not" in the alignment tokenizer.
const NEGATION_KEYS = toWordSet("not no never cannot nor neither none");
// A negation this many words before a word bears on it ("did *not* fully *approve*").
const NEGATION_REACH = 3;

/** true when a negation sits at most NEGATION_REACH words before words[index]. */
export function isNegatedAt(sentence: SentenceWords, index: number): boolean {
  for (let back = 1; back <= NEGATION_REACH; back += 1) {
    const word = sentence.words[index - back];
    if (!word) return false;
    if (NEGATION_KEYS.has(word.norm)) return true;
  }
  return false;
}

/** true when [start, end) lies inside one of the spans. */
export function isInside(
  spans: readonly Span[],
  start: number,
  end: number,
): boolean {
  return spans.some((span) => start >= span.start && end <= span.end);
}

/** true when [start, end) overlaps one of the spans. */
export function overlapsAny(
  spans: readonly Span[],
  start: number,
  end: number,
): boolean {
  return spans.some((span) => start < span.end && end > span.start);
}

/** Concatenates one feature list over several views. */
export function collect<K extends keyof SentenceView["features"]>(
  views: readonly SentenceView[],
  key: K,
): SentenceView["features"][K] {
  if (views.length === 1) return (views[0] as SentenceView).features[key];
  const all: unknown[] = [];
  for (const view of views) all.push(...view.features[key]);
  return all as SentenceView["features"][K];
}

/**
 * Wraps a per-sentence computation so it runs once per view object (a reference sentence is
 * compared with many derivative sentences; its word lists must not be rebuilt each time).
 */
export function memoizeByView<T>(
  compute: (view: SentenceView) => T,
): (view: SentenceView) => T {
  const cache = new WeakMap<SentenceView, T>();
  return (view) => {
    const cached = cache.get(view);
    if (cached !== undefined) return cached;
    const value = compute(view);
    cache.set(view, value);
    return value;
  };
}
