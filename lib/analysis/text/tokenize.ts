/**
 * The engine's one tokenizer and token model: word, number and punctuation tokens with absolute
 * offsets into the article text, each carrying its surface forms (text, lower case, capital, word
 * classes) for the feature detectors and its word key (norm, stop, weak; word-key.ts) for
 * alignment and the classify stage. `createSentenceView` gives the detectors every token of a
 * sentence; `tokenizeWords` gives alignment its words (punctuation dropped, hyphenated compounds
 * as the whole and then their parts). Both read the same scan, shared per document.
 */
import type { Span } from "../types";
import {
  classifyAt,
  classifyUnit,
  LETTER,
  LOWERABLE,
  MARK,
  NUMBER,
  SPACE,
  UPPER,
  widthOf,
} from "./char-classes";
import { getDocumentMemo } from "./document-memo";
import { MAX_DOCUMENT_CHARS, MAX_SENTENCE_CHARS, MAX_TOKENS_PER_SPAN } from "./limits";
import { internSpelling } from "./token-spellings";
import { readNumberCompound } from "./word-key";

/** Word (starts with a letter), number (starts with a digit) or a single punctuation mark. */
export type TokenKind = "word" | "number" | "punct";

/** One token; `start`/`end` are absolute offsets into the article text. */
export interface Token {
  text: string;
  /** Lower-cased, with the typographic apostrophe ’ folded to ' so "won’t" matches "won't". */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** First character is an upper-case letter ("Reuters", "U.S."). */
  isCap: boolean;
  /** The word classes `lower` belongs to (see word-classes.ts). */
  wordClasses: number;
  /** Word key: "Trump's" → "trump", "countries" → "country", "five" → "5", "60,000" → "60000". */
  norm: string;
  /** A function word ("the", "of", "was") that carries no claim content. */
  isStop: boolean;
  /** A negation, modal or quantifier: kept (later stages read it) but weighted low by alignment. */
  isWeak: boolean;
}

/** A sentence ready for the detectors: the article text plus the sentence's tokens. */
export interface SentenceView {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
}

export { MAX_SENTENCE_CHARS } from "./limits";

// Tokens, tried in order at each position (the regex this scanner implements is
// /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’.\-]\p{L}[\p{L}\p{M}\p{N}]*)*|\d+(?:[.,]\d+)*\p{L}*|\S/gu):
//  1. dotted acronyms "U.S.", "U.K." (keep the final dot so "U.S." is one token);
//  2. words: a letter, then letters/digits, with inner ' ’ . - joins that must be followed by a
//     letter ("Trump's", "won't", "Orda.kz", "Muslim-majority"); "mid-2024" splits at the dash;
//  3. numbers with , or . groups and an optional letter suffix ("60,000", "2.5", "80th", "1980s");
//  4. any other single non-space character.
// Scanning by hand with a class table is several times faster than matchAll over that regex and
// allocates nothing but the tokens; every loop only moves forward, so scanning is linear.

const FULL_STOP = 0x2e;
const COMMA = 0x2c;
const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const WORD_BODY = LETTER | MARK | NUMBER;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isAsciiLetter(code: number): boolean {
  const folded = code | 0x20;
  return folded >= 0x61 && folded <= 0x7a;
}

/** The exclusive end of the token starting at `at` (not whitespace), whose class is `bits`. */
function findTokenEnd(
  text: string,
  at: number,
  to: number,
  bits: number,
): number {
  if (bits & UPPER) {
    // 1. Dotted acronym: two or more "upper-case letter + full stop" pairs.
    let cursor = at;
    let pairs = 0;
    let current = bits;
    while (current & UPPER) {
      const dot = cursor + widthOf(current);
      if (dot >= to || text.charCodeAt(dot) !== FULL_STOP) break;
      pairs += 1;
      cursor = dot + 1;
      if (cursor >= to) break;
      current = classifyAt(text, cursor, to);
    }
    if (pairs >= 2) return cursor;
  }
  if (bits & LETTER) {
    // 2. Word: letter, word body, then joiner + letter + word body, repeated.
    let cursor = at + widthOf(bits);
    for (;;) {
      while (cursor < to) {
        const code = text.charCodeAt(cursor);
        if (code < 0x80) {
          // ASCII fast path: its word-body characters are letters and digits.
          if (!isAsciiLetter(code) && !isDigit(code)) break;
          cursor += 1;
          continue;
        }
        const next = classifyAt(text, cursor, to);
        if (!(next & WORD_BODY)) break;
        cursor += widthOf(next);
      }
      if (cursor + 1 >= to) return cursor;
      const joiner = text.charCodeAt(cursor);
      if (
        joiner !== APOSTROPHE &&
        joiner !== RIGHT_SINGLE_QUOTE &&
        joiner !== FULL_STOP &&
        joiner !== HYPHEN
      )
        return cursor;
      const afterJoiner = classifyAt(text, cursor + 1, to);
      if (!(afterJoiner & LETTER)) return cursor;
      cursor += 1 + widthOf(afterJoiner);
    }
  }
  const code = text.charCodeAt(at);
  if (isDigit(code)) {
    // 3. Number: digits, then "," or "." + digits groups, then a letter suffix.
    let cursor = at + 1;
    while (cursor < to && isDigit(text.charCodeAt(cursor))) cursor += 1;
    while (cursor + 1 < to) {
      const separator = text.charCodeAt(cursor);
      if (
        (separator !== FULL_STOP && separator !== COMMA) ||
        !isDigit(text.charCodeAt(cursor + 1))
      )
        break;
      cursor += 2;
      while (cursor < to && isDigit(text.charCodeAt(cursor))) cursor += 1;
    }
    while (cursor < to) {
      const next = classifyAt(text, cursor, to);
      if (!(next & LETTER)) break;
      cursor += widthOf(next);
    }
    return cursor;
  }
  // 4. Any other character.
  return at + widthOf(bits);
}

/** Tokenizes `text.slice(start, end)` (capped at MAX_SENTENCE_CHARS) with absolute offsets. */
export function tokenizeRange(
  text: string,
  start: number,
  end: number,
  maxChars = MAX_SENTENCE_CHARS,
  maxWords = Infinity,
): Token[] {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length, from + maxChars));
  const tokens: Token[] = [];
  let words = 0;
  let at = from;
  while (at < to && words < maxWords) {
    if (text.charCodeAt(at) === 0x20) {
      at += 1; // the most common character, tested before the class lookup
      continue;
    }
    const bits = classifyAt(text, at, to);
    if (bits & SPACE) {
      at += 1;
      continue;
    }
    const tokenEnd = findTokenEnd(text, at, to, bits);
    const token = createToken(text, at, tokenEnd);
    tokens.push(token);
    if (token.kind !== "punct") words += 1;
    at = tokenEnd;
  }
  return tokens;
}

/** The token `text.slice(start, end)`; its kind and capital are read from its first code unit. */
function createToken(text: string, start: number, end: number): Token {
  const spelling = internSpelling(text, start, end);
  const code = text.charCodeAt(start);
  // A lone code unit: an astral letter's first half is no letter, so such a token is "punct".
  const firstBits = classifyUnit(code);
  const kind: TokenKind = isDigit(code)
    ? "number"
    : firstBits & LETTER
      ? "word"
      : "punct";
  return {
    text: spelling.text,
    lower: spelling.lower,
    start,
    end,
    kind,
    isCap: kind === "word" && (firstBits & LOWERABLE) !== 0,
    wordClasses: spelling.wordClasses,
    norm: spelling.norm,
    isStop: spelling.isStop,
    isWeak: spelling.isWeak,
  };
}


/**
 * The tokens of the whole of `text`, tokenized once per text and shared by every sentence's
 * view and the document-level scans; null for a text longer than MAX_DOCUMENT_CHARS.
 */
export function tokenizeDocument(text: string): readonly Token[] | null {
  const memo = getDocumentMemo(text);
  if (memo.tokens === undefined) {
    memo.tokens =
      text.length > MAX_DOCUMENT_CHARS
        ? null
        : tokenizeRange(text, 0, text.length, MAX_DOCUMENT_CHARS);
  }
  return memo.tokens;
}

/**
 * The document's tokens inside [from, to), or null when a token crosses either edge. When none
 * crosses, they are exactly what tokenizing `text.slice(from, to)` gives: scanning restarts at
 * the same places, and no token rule looks past a token's own end.
 */
function sliceDocumentTokens(
  tokens: readonly Token[],
  from: number,
  to: number,
): Token[] | null {
  const first = findFirstEndingAfter(tokens, from, 0);
  if (tokens[first] !== undefined && tokens[first]!.start < from) return null;
  const after = findFirstEndingAfter(tokens, to, first);
  if (tokens[after] !== undefined && tokens[after]!.start < to) return null;
  return tokens.slice(first, after);
}

/** Index of the first token (from `low` on) that ends after `offset`; tokens.length when none. */
function findFirstEndingAfter(
  tokens: readonly Token[],
  offset: number,
  low: number,
): number {
  let lo = low;
  let hi = tokens.length;
  while (lo < hi) {
    const middle = (lo + hi) >>> 1;
    if (tokens[middle]!.end > offset) hi = middle;
    else lo = middle + 1;
  }
  return lo;
}

/** Builds the detectors' view of the sentence `text.slice(start, end)`. */
export function createSentenceView(
  text: string,
  start: number,
  end: number,
): SentenceView {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const tokenEnd = Math.min(to, from + MAX_SENTENCE_CHARS);
  const documentTokens = tokenizeDocument(text);
  const tokens =
    (documentTokens && sliceDocumentTokens(documentTokens, from, tokenEnd)) ??
    tokenizeRange(text, from, to);
  return { text, start: from, end: to, tokens };
}

/** A Span whose `text` is exactly `text.slice(start, end)`. */
export function toSpan(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** The token's text without a possessive ending ("Trump's" → "Trump", "Reuters’" stays). */
export function stripPossessive(token: Token): { text: string; end: number } {
  if (token.lower.endsWith("'s") && token.text.length > 2) {
    return { text: token.text.slice(0, -2), end: token.end - 2 };
  }
  return { text: token.text, end: token.end };
}

/** A lower-cased word without a possessive "'s" ("november's" → "november"). */
export function stripPossessiveSuffix(lower: string): string {
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}

/** true when the token ends in a possessive "'s". */
export function isPossessive(token: Token): boolean {
  return (
    token.kind === "word" && token.lower.endsWith("'s") && token.text.length > 2
  );
}

/** true when nothing but spaces separates two offsets. */
export function isAdjacent(
  text: string,
  endOfFirst: number,
  startOfSecond: number,
): boolean {
  return (
    endOfFirst === startOfSecond ||
    text.slice(endOfFirst, startOfSecond).trim() === ""
  );
}

/** Index of the first word or number token, or -1. */
export function findFirstWordIndex(tokens: readonly Token[]): number {
  return tokens.findIndex((token) => token.kind !== "punct");
}

// Hyphens that join a compound ("Muslim-majority", "mid-2024"): hyphen-minus, hyphen, non-breaking hyphen.
const HYPHENS = new Set(["-", "\u2010", "\u2011"]);
// Single letters with full stops are one word ("e.g", "U.S"); any other full stop inside a word
// token separates words for alignment ("Orda.kz" → "Orda", "kz").
const DOTTED_LETTERS_RE = /^(?:\p{L}\.)+\p{L}\.?$/u;

/** Whether `b` starts where `a` ends. */
function touches(a: Token, b: Token): boolean {
  return a.end === b.start;
}

/** Whether tokens[i] is a hyphen joining the word before it to the word after it. */
function isJoiningHyphen(tokens: readonly Token[], i: number): boolean {
  const hyphen = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!hyphen || !before || !after || hyphen.kind !== "punct" || !HYPHENS.has(hyphen.text)) return false;
  // "U.S.-led": the acronym's full stop ends it; the compound does not start there.
  if (before.kind === "punct" || before.text.endsWith(".") || after.kind === "punct") return false;
  return touches(before, hyphen) && touches(hyphen, after);
}

/** The token `text.slice(start, end)` with another word key (a compound's whole). */
function withKey(token: Token, norm: string): Token {
  return { ...token, norm, isStop: false, isWeak: false };
}

/**
 * Pushes the words of `text.slice(start, end)`, a run of word tokens joined by hyphens or holding
 * inner full stops, the way alignment reads them: a hyphenated compound yields the whole first,
 * then its parts ("Muslim-majority" → "muslim-majority", "muslim", "majority"); a spelled number
 * compound only the whole ("twenty-five" → "25"); inner full stops split words.
 */
function pushCompound(text: string, start: number, end: number, words: Token[], maxWords: number): void {
  const parts: Token[] = [];
  let from = start;
  for (let at = start; at <= end; at += 1) {
    if (at < end && !HYPHENS.has(text[at] ?? "")) continue;
    if (at > from) parts.push(createToken(text, from, at));
    from = at + 1;
  }
  if (parts.length === 1 && parts[0]) {
    pushDotted(text, parts[0], words, maxWords);
    return;
  }
  const whole = createToken(text, start, end);
  const number = readNumberCompound(parts);
  if (number !== null) {
    words.push(withKey(whole, String(number)));
    return;
  }
  words.push(withKey(whole, parts.map((part) => part.norm).join("-")));
  for (const part of parts) {
    if (words.length >= maxWords) return;
    words.push(part);
  }
}

/** A word token with inner full stops: one word when it is dotted letters, else one word per piece. */
function pushDotted(text: string, token: Token, words: Token[], maxWords: number): void {
  if (!token.text.includes(".") || token.kind !== "word" || DOTTED_LETTERS_RE.test(token.text)) {
    words.push(token);
    return;
  }
  let from = token.start;
  for (let at = token.start; at <= token.end; at += 1) {
    if (at < token.end && text[at] !== ".") continue;
    if (at > from && words.length < maxWords) words.push(createToken(text, from, at));
    from = at + 1;
  }
}

/**
 * The words of `text.slice(start, end)` as alignment and the classify stage compare them: word and
 * number tokens (punctuation dropped), a hyphenated compound as its whole and then its parts, at
 * most MAX_TOKENS_PER_SPAN words. Inside a document already tokenized the shared scan is reused.
 */
export function tokenizeWords(text: string, start = 0, end: number = text.length): Token[] {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const isWhole = from === 0 && to === text.length;
  const documentTokens = isWhole ? null : tokenizeDocument(text);
  const tokens =
    (documentTokens && sliceDocumentTokens(documentTokens, from, to)) ??
    tokenizeRange(text, from, to, to - from, MAX_TOKENS_PER_SPAN);
  const words: Token[] = [];
  for (let i = 0; i < tokens.length && words.length < MAX_TOKENS_PER_SPAN; i += 1) {
    const token = tokens[i]!;
    if (token.kind === "punct") continue;
    let last = i;
    while (isJoiningHyphen(tokens, last + 1)) last += 2;
    const hasHyphen = last > i || token.text.includes("-");
    if (!hasHyphen && !token.text.includes(".")) words.push(token);
    else pushCompound(text, token.start, tokens[last]!.end, words, MAX_TOKENS_PER_SPAN);
    i = last;
  }
  return words;
}
