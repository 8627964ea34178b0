/**
 * The one tokenizer every feature detector shares: word, number and punctuation tokens with
 * absolute offsets into the article text, so a detector never has to re-scan characters.
 */
import type { Span } from "../types";

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
}

/** A sentence ready for the detectors: the article text plus the sentence's tokens. */
export interface SentenceView {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
}

/**
 * No sentence in real news prose comes near this; page chrome glued into one "sentence" can.
 * Every detector is linear or near-linear in tokens, so this caps the cost of one call.
 */
export const MAX_SENTENCE_CHARS = 2000;

// Alternatives, tried in order at each position:
//  1. dotted acronyms "U.S.", "U.K." (keep the final dot so "U.S." is one token);
//  2. words: a letter, then letters/digits, with inner ' ’ . - joins that must be followed by a
//     letter ("Trump's", "won't", "Orda.kz", "Muslim-majority"); "mid-2024" splits at the dash;
//  3. numbers with , or . groups and an optional letter suffix ("60,000", "2.5", "80th", "1980s");
//  4. any other single non-space character.
// Every repeated group starts with a character its predecessor cannot match, so matching is linear.
const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’.\-]\p{L}[\p{L}\p{M}\p{N}]*)*|\d+(?:[.,]\d+)*\p{L}*|\S/gu;
const WORD_START_RE = /^\p{L}/u;

/** Tokenizes `text.slice(start, end)` (capped at MAX_SENTENCE_CHARS) with absolute offsets. */
export function tokenizeRange(
  text: string,
  start: number,
  end: number,
  maxChars = MAX_SENTENCE_CHARS,
): Token[] {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length, from + maxChars));
  const slice = text.slice(from, to);
  const tokens: Token[] = [];
  for (const match of slice.matchAll(TOKEN_RE)) {
    const raw = match[0];
    const offset = from + (match.index ?? 0);
    const first = raw.charAt(0);
    const kind: TokenKind =
      first >= "0" && first <= "9"
        ? "number"
        : WORD_START_RE.test(first)
          ? "word"
          : "punct";
    const lower = raw.toLowerCase();
    tokens.push({
      text: raw,
      lower: lower.includes("’") ? lower.replace(/’/g, "'") : lower,
      start: offset,
      end: offset + raw.length,
      kind,
      isCap: kind === "word" && first !== first.toLowerCase(),
    });
  }
  return tokens;
}

/** Builds the detectors' view of the sentence `text.slice(start, end)`. */
export function createSentenceView(
  text: string,
  start: number,
  end: number,
): SentenceView {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text, start: from, end: to, tokens: tokenizeRange(text, from, to) };
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
