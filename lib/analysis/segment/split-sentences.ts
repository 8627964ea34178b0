/**
 * Sentence boundaries inside one paragraph of running text.
 */
import { judgePeriodAfter } from "./abbreviations";
import {
  findNextOf,
  isAsciiLetterCode,
  isCloserCode,
  isDigitCode,
  isOpenerCode,
  isSpaceCode,
  isTerminatorCode,
} from "./characters";
import {
  isFollowedByAttribution,
  pairQuotes,
  type QuoteRegion,
} from "./quotes";

/** The terminators of isTerminatorCode, for skipping to the next one. */
const terminatorPattern = /[.!?…]/g;
// Non-ASCII characters are rare in news text; they alone are tested with these regexes.
const sentenceStartPattern = /[\p{Lu}\p{Lt}\p{Lo}\d]/u;
const abbreviationPartPattern = /[\p{L}\p{M}.]/u;
const wordPartPattern = /[\p{L}\p{N}]/u;
// Cost guards: an abbreviation or the next word is never longer than this.
const maxTokenLength = 24;

/** A half-open range [start, end) of the text. */
export type Range = [start: number, end: number];

/**
 * Splits `text[start, end)` into sentence ranges (untrimmed, covering the whole range).
 * A boundary is a run of . ! ? … plus closing quotes and brackets, then whitespace, then a
 * capital, digit or opening quote — unless the period belongs to an abbreviation or initial, or
 * falls inside a quotation that ends in an attribution (`"… We will sign," he said.`).
 */
export function splitSentences(
  text: string,
  start: number,
  end: number,
): Range[] {
  const ranges: Range[] = [];
  const quotes = pairQuotes(text, start, end);
  const scope = text.slice(start, end);
  let quoteCursor = 0;
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    i = start + findNextOf(terminatorPattern, scope, i - start);
    if (i >= end) break;
    const punctuationStart = i;
    while (i < end && isTerminatorCode(text.charCodeAt(i))) i++;
    while (i < end && isCloserCode(text.charCodeAt(i))) i++;
    const boundary = i;
    let next = i;
    while (next < end && isSpaceCode(text.charCodeAt(next))) next++;
    if (next === i || next >= end || !startsSentence(text, next, end)) continue;
    while (
      quoteCursor < quotes.length &&
      isQuoteOver(quotes[quoteCursor]!, punctuationStart)
    )
      quoteCursor++;
    if (
      isInsideAttributedQuote(
        text,
        quotes,
        quoteCursor,
        punctuationStart,
        boundary,
        end,
      )
    )
      continue;
    if (
      isAbbreviationPeriod(
        text,
        punctuationStart,
        boundary,
        next,
        end,
        sentenceStart,
      )
    )
      continue;
    ranges.push([sentenceStart, boundary]);
    sentenceStart = boundary;
  }
  if (sentenceStart < end) ranges.push([sentenceStart, end]);
  return ranges;
}

/** Whether a sentence can start at `index`: a capital or digit, possibly after opening quotes or brackets. */
function startsSentence(text: string, index: number, end: number): boolean {
  let i = index;
  while (i < end && i < index + 3 && isOpenerCode(text.charCodeAt(i))) i++;
  if (i >= end) return false;
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || isDigitCode(code);
  return sentenceStartPattern.test(text[i]!);
}

/** `/[\p{L}\p{M}.]/u` for one code unit, without the regex for ASCII. */
function isAbbreviationPart(code: number, char: string): boolean {
  if (code < 0x80) return isAsciiLetterCode(code) || code === 0x2e;
  return abbreviationPartPattern.test(char);
}

/** `/[\p{L}\p{N}]/u` for one code unit, without the regex for ASCII. */
function isWordPart(code: number, char: string): boolean {
  if (code < 0x80) return isAsciiLetterCode(code) || isDigitCode(code);
  return wordPartPattern.test(char);
}

/** Whether a quote region ended before `index` (so later ones are the candidates). */
function isQuoteOver(region: QuoteRegion, index: number): boolean {
  return region.close < index;
}

/**
 * Whether the terminator at `punctuation` sits inside a quotation that goes on past `boundary`
 * and ends with an attribution: a quoted multi-sentence speech kept as one sentence.
 */
function isInsideAttributedQuote(
  text: string,
  quotes: readonly QuoteRegion[],
  cursor: number,
  punctuation: number,
  boundary: number,
  end: number,
): boolean {
  // Regions are ordered and disjoint; the cursor points at the first one not over yet.
  const enclosing = quotes[cursor];
  if (
    !enclosing ||
    enclosing.open > punctuation ||
    !enclosing.isClosed ||
    enclosing.close < boundary
  )
    return false;
  return isFollowedByAttribution(text, enclosing.close, end);
}

/** Whether the lone period at `punctuation` belongs to an abbreviation or initial. */
function isAbbreviationPeriod(
  text: string,
  punctuation: number,
  boundary: number,
  next: number,
  end: number,
  sentenceStart: number,
): boolean {
  if (
    text.charCodeAt(punctuation) !== 0x2e ||
    (boundary > punctuation + 1 &&
      isTerminatorCode(text.charCodeAt(punctuation + 1)))
  ) {
    return false; // "!", "?", "…" and "..." are not abbreviation marks
  }
  let tokenStart = punctuation;
  const limit = Math.max(sentenceStart, punctuation - maxTokenLength);
  while (
    tokenStart > limit &&
    isAbbreviationPart(text.charCodeAt(tokenStart - 1), text[tokenStart - 1]!)
  )
    tokenStart--;
  const token = text.slice(tokenStart, punctuation);
  if (token.length === 0) return false;
  let wordEnd = next;
  while (
    wordEnd < end &&
    wordEnd < next + maxTokenLength &&
    isOpenerCode(text.charCodeAt(wordEnd))
  )
    wordEnd++;
  const wordStart = wordEnd;
  while (
    wordEnd < end &&
    wordEnd < next + maxTokenLength &&
    isWordPart(text.charCodeAt(wordEnd), text[wordEnd]!)
  )
    wordEnd++;
  // An opening quote after an abbreviation opens a new sentence (`… with the U.S. "We …`), as
  // an opener word would.
  const nextWord = wordStart > next ? "the" : text.slice(wordStart, wordEnd);
  return judgePeriodAfter(token, nextWord) === "not-final";
}
