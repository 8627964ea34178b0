/**
 * Tokenizer for alignment: words with absolute offsets and a normalised, stemmed key.
 *
 * `text.slice(t.start, t.end)` is always the surface word. The key (`norm`) is lower-case,
 * diacritic-free, possessive-free, stemmed; number words and grouped digits become plain digits.
 */

import { MAX_TOKENS_PER_SPAN } from "../text/limits";
import { stemWord } from "./stem";
import { NUMBER_VALUES } from "../lexicon/common";
import { STOP_WORDS, WEAK_WORDS } from "../lexicon/function-words";

/** One word of the text. */
export interface Token {
  /** Normalised key: "Trump's" → "trump", "countries" → "country", "five" → "5", "60,000" → "60000". */
  norm: string;
  /** The word as written: `text.slice(start, end)`. */
  surface: string;
  /** Absolute offset of the first code unit. */
  start: number;
  /** Absolute offset after the last code unit. */
  end: number;
  /** A function word ("the", "of", "was") that carries no claim content. */
  isStop: boolean;
  /** A negation, modal or quantifier: kept (later stages read it) but weighted low by alignment. */
  isWeak: boolean;
}

export { MAX_TOKENS_PER_SPAN } from "../text/limits";

/** Memo of surface word → normalised key. The mapping is a pure function, so memoising keeps results identical. */
const normCache = new Map<string, WordKey>();
/** Clear the memo past this size so adversarial input cannot grow memory without bound. */
const MAX_NORM_CACHE = 50_000;

/** The normalised key of one surface word, with its flags. */
export interface WordKey {
  readonly norm: string;
  readonly isStop: boolean;
  readonly isWeak: boolean;
}

function isApostropheCode(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2018 || code === 0x02bc;
}

function isHyphenCode(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}
const NON_ASCII_WORD = /[\p{L}\p{M}\p{N}]/u;
const COMBINING_MARKS = /\p{M}+/gu;

function isWordCode(code: number, text: string, i: number): boolean {
  if (code < 128) {
    return (
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (code >= 48 && code <= 57)
    );
  }
  return NON_ASCII_WORD.test(text[i] ?? "");
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetterAt(text: string, i: number, end: number): boolean {
  if (i >= end) return false;
  const code = text.charCodeAt(i);
  return isWordCode(code, text, i) && !isDigitCode(code);
}

/** Index after a run of word characters starting at i. */
function scanRun(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && isWordCode(text.charCodeAt(j), text, j)) j++;
  return j;
}

/**
 * Find the end of the word starting at `s`: letters/digits joined by internal apostrophes
 * ("Trump's"), hyphens ("Muslim-majority"), thousands separators ("60,000"), decimal points
 * ("1.5") and dotted acronyms ("U.S."). Returns the end, negated when the word has a hyphen.
 */
function scanWord(text: string, s: number, end: number): number {
  let i = scanRun(text, s, end);
  let hasHyphen = false;
  let pieceStart = s;
  let isAcronym = false;
  while (i < end) {
    const code = text.charCodeAt(i);
    const next = i + 1;
    if (isApostropheCode(code) && isLetterAt(text, next, end)) {
      i = scanRun(text, next, end);
    } else if (
      isHyphenCode(code) &&
      next < end &&
      isWordCode(text.charCodeAt(next), text, next)
    ) {
      hasHyphen = true;
      pieceStart = next;
      i = scanRun(text, next, end);
    } else if (
      code === 44 && // ","
      isDigitCode(text.charCodeAt(i - 1)) &&
      /^\d{3}(?!\d)/.test(text.slice(next, Math.min(end, next + 4)))
    ) {
      i = next + 3;
    } else if (
      code === 46 &&
      isDigitCode(text.charCodeAt(i - 1)) &&
      next < end &&
      isDigitCode(text.charCodeAt(next))
    ) {
      i = scanRun(text, next, end);
    } else if (
      code === 46 &&
      i - pieceStart === 1 &&
      isLetterAt(text, i - 1, end)
    ) {
      // Dotted acronym: single letters separated by dots ("U.S.", "e.g."); the final dot belongs to it.
      const isNextLetterPiece =
        isLetterAt(text, next, end) &&
        (next + 1 >= end ||
          !isWordCode(text.charCodeAt(next + 1), text, next + 1));
      if (isNextLetterPiece) {
        isAcronym = true;
        pieceStart = next;
        i = next + 1;
      } else {
        if (isAcronym) i = next;
        break;
      }
    } else {
      break;
    }
  }
  // The sign carries the hyphen flag, so scanning allocates nothing.
  return hasHyphen ? -i : i;
}

function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++)
    if (isDigitCode(w.charCodeAt(i))) return true;
  return false;
}

function foldWord(surface: string): string {
  let w = surface.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(w)) {
    w = w
      .normalize("NFD")
      .replace(COMBINING_MARKS, "")
      .replace(/[\u2019\u2018\u02bc]/g, "'")
      .replace(/[\u2010\u2011]/g, "-");
  }
  return w;
}

/** Normalise one hyphen-free word (surface form as written). */
function normaliseWord(surface: string): WordKey {
  const cached = normCache.get(surface);
  if (cached !== undefined) return cached;
  if (normCache.size >= MAX_NORM_CACHE) normCache.clear();
  const key = computeWordKey(surface);
  normCache.set(surface, key);
  return key;
}

function computeWordKey(surface: string): WordKey {
  let w = foldWord(surface);
  // Acronyms: "U.S." → "us", "US" → "us". Never a stop word, never stemmed.
  if (w.includes(".") && /^(?:[a-z]\.)+[a-z]?\.?$/.test(w)) {
    return { norm: w.replace(/\./g, ""), isStop: false, isWeak: false };
  }
  if (hasDigit(w))
    return { norm: w.replace(/,/g, ""), isStop: false, isWeak: false };
  // All-caps short words are acronyms ("US", "UN", "NATO"); longer all-caps words are shouting, processed as words.
  const isAcronym = /^[A-Z]{2,5}$/.test(surface);
  if (isAcronym) return { norm: w, isStop: false, isWeak: false };

  const apostrophe = w.indexOf("'");
  if (apostrophe >= 0) {
    if (w.endsWith("n't")) return { norm: "not", isStop: false, isWeak: true }; // "doesn't", "won't"
    const clitic = /'(s|re|ve|ll|d|m)$/.exec(w);
    w = clitic ? w.slice(0, clitic.index) : w;
    w = w.replace(/'/g, ""); // "O'Brien" → "obrien"
  }
  const number = NUMBER_VALUES.get(w);
  if (number !== undefined)
    return { norm: String(number), isStop: false, isWeak: false };
  if (STOP_WORDS.has(w)) return { norm: w, isStop: true, isWeak: false };
  if (WEAK_WORDS.has(w)) return { norm: w, isStop: false, isWeak: true };
  return { norm: stemWord(w), isStop: false, isWeak: false };
}

/** Tens and units of a spelled number compound: "twenty-five" → 25. */
function readNumberCompound(
  parts: readonly { key: WordKey; start: number; end: number }[],
  text: string,
): number | null {
  const [tens, units] = parts;
  if (parts.length !== 2 || tens === undefined || units === undefined)
    return null;
  if (/\d/.test(text.slice(tens.start, units.end))) return null; // "3-2" is a score, not 5
  const t = Number(tens.key.norm);
  const u = Number(units.key.norm);
  const isTens = Number.isInteger(t) && t >= 20 && t <= 90 && t % 10 === 0;
  return isTens && Number.isInteger(u) && u >= 1 && u <= 9 ? t + u : null;
}

/**
 * Called once per token by {@link scanTokens}: `key` is shared (memoised), never mutate it.
 * `isWhole` marks the whole of a hyphenated compound, whose parts follow; `surface` is
 * `text.slice(start, end)`.
 */
export type TokenVisitor = (
  key: WordKey,
  start: number,
  end: number,
  isWhole: boolean,
  surface: string,
) => void;

/**
 * Visit the tokens of `text.slice(start, end)` without building Token objects (the alignment hot
 * path). Same tokens, order and cap as {@link tokenize}.
 */
export function scanTokens(
  text: string,
  start: number,
  end: number,
  visit: TokenVisitor,
): void {
  const stop = Math.min(end, text.length);
  let count = 0;
  let i = Math.max(0, start);
  while (i < stop && count < MAX_TOKENS_PER_SPAN) {
    if (!isWordCode(text.charCodeAt(i), text, i)) {
      i++;
      continue;
    }
    const signedEnd = scanWord(text, i, stop);
    const wordEnd = Math.abs(signedEnd);
    if (signedEnd > 0) {
      const surface = text.slice(i, wordEnd);
      visit(normaliseWord(surface), i, wordEnd, false, surface);
      count++;
    } else {
      count += visitCompound(
        text,
        i,
        wordEnd,
        MAX_TOKENS_PER_SPAN - count,
        visit,
      );
    }
    i = wordEnd;
  }
}

/**
 * Split `text.slice(start, end)` into word tokens with absolute offsets.
 * A hyphenated compound yields the whole compound first, then its parts ("Muslim-majority" →
 * "muslim-majority", "muslim", "majority"); number compounds yield only the whole ("twenty-five" → "25").
 * At most {@link MAX_TOKENS_PER_SPAN} tokens are returned.
 */
export function tokenize(
  text: string,
  start = 0,
  end: number = text.length,
): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, start, end, (key, s, e, _isWhole, surface) => {
    tokens.push({
      norm: key.norm,
      surface,
      start: s,
      end: e,
      isStop: key.isStop,
      isWeak: key.isWeak,
    });
  });
  return tokens;
}

/** Visit a hyphenated compound (whole, then parts), at most `budget` tokens; returns how many were visited. */
function visitCompound(
  text: string,
  start: number,
  end: number,
  budget: number,
  visit: TokenVisitor,
): number {
  const parts: { key: WordKey; start: number; end: number; surface: string }[] =
    [];
  let p = start;
  for (let k = start; k <= end; k++) {
    if (k === end || isHyphenCode(text.charCodeAt(k))) {
      if (k > p) {
        const surface = text.slice(p, k);
        parts.push({ key: normaliseWord(surface), start: p, end: k, surface });
      }
      p = k + 1;
    }
  }
  const number = readNumberCompound(parts, text);
  if (number !== null) {
    visit(
      { norm: String(number), isStop: false, isWeak: false },
      start,
      end,
      false,
      text.slice(start, end),
    );
    return 1;
  }
  const whole: WordKey = {
    norm: parts.map((t) => t.key.norm).join("-"),
    isStop: false,
    isWeak: false,
  };
  const visited = Math.min(budget, parts.length + 1);
  visit(whole, start, end, visited > 1, text.slice(start, end));
  for (const part of parts.slice(0, visited - 1))
    visit(part.key, part.start, part.end, false, part.surface);
  return visited;
}
