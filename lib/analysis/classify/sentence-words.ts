/**
 * The words of a sentence as the detectors compare them: the token model's (text/tokenize.ts) normalised,
 * stemmed keys ("countries" → "country", "five" → "5") with offsets and surface flags. Each view
 * is tokenized once and cached, so a reference sentence compared with thousands of derivative
 * sentences costs one tokenization.
 */
import { type Token, tokenizeWords as tokenize } from "../text/tokenize";
import type { Span } from "../types";
import type { SentenceView } from "./types";
import { memoizeByView } from "./view-memo";
import { NEGATION_KEYS, NOT_ADVERBS } from "../lexicon/negation";

export { memoizeByView } from "./view-memo";

/** One word of a sentence. */
export interface Word {
  /** Normalised, stemmed key of the token model (text/word-key.ts). */
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

const UPPER_RE = /^\p{Lu}/u;
// "-ly" words shorter than this are not adverbs ("fly", "only" is a stop word anyway, "ally").
const MIN_ADVERB_LENGTH = 5;

/** What a word's surface form says, independent of where it stands. */
interface SurfaceForm {
  lower: string;
  isCap: boolean;
  isAdverb: boolean;
}

/** Surface word → its form. A pure function of the word, so memoising keeps results identical. */
const surfaceForms = new Map<string, SurfaceForm>();
/** Cleared past this size (a story uses a few thousand distinct words), so memory stays bounded. */
const MAX_SURFACE_FORMS = 50_000;

function readSurface(surface: string): SurfaceForm {
  const cached = surfaceForms.get(surface);
  if (cached !== undefined) return cached;
  if (surfaceForms.size >= MAX_SURFACE_FORMS) surfaceForms.clear();
  const lower = surface.toLowerCase().replace(/’/g, "'");
  const form: SurfaceForm = {
    lower,
    isCap: UPPER_RE.test(surface),
    isAdverb:
      lower.length >= MIN_ADVERB_LENGTH &&
      lower.endsWith("ly") &&
      !NOT_ADVERBS.has(lower),
  };
  surfaceForms.set(surface, form);
  return form;
}

/**
 * A tokenized sentence whose key sets are built on first use: most derivative sentences are
 * only ever read word by word, and building two sets per sentence was a large share of the cost.
 */
class TokenizedSentence implements SentenceWords {
  readonly words: Word[];
  readonly #tokens: readonly Token[];
  #norms: ReadonlySet<string> | undefined;
  #content: ReadonlySet<string> | undefined;

  constructor(words: Word[], tokens: readonly Token[]) {
    this.words = words;
    this.#tokens = tokens;
  }

  get norms(): ReadonlySet<string> {
    return (this.#norms ??= new Set(this.#tokens.map((token) => token.norm)));
  }

  get content(): ReadonlySet<string> {
    if (this.#content === undefined) {
      const content = new Set<string>();
      for (const token of this.#tokens)
        if (!token.isStop && !token.isWeak) content.add(token.norm);
      this.#content = content;
    }
    return this.#content;
  }
}

/** The words of `view`, tokenized once per view. */
export const getSentenceWords = memoizeByView(
  (view: SentenceView): SentenceWords => {
    const words: Word[] = [];
    const tokens = view.tokens ?? tokenize(view.text, view.start, view.end);
    for (const token of tokens) {
      if (token.norm.includes("-")) continue; // the compound's parts follow as their own tokens
      const form = readSurface(token.text);
      words.push({
        norm: token.norm,
        lower: form.lower,
        start: token.start,
        end: token.end,
        isStop: token.isStop,
        isWeak: token.isWeak,
        isCap: form.isCap,
        isAdverb: form.isAdverb,
      });
    }
    return new TokenizedSentence(words, tokens);
  },
);

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
