/**
 * Sentence boundaries inside one paragraph of running text.
 */
import { judgePeriodAfter } from "./abbreviations";
import {
  isFollowedByAttribution,
  pairQuotes,
  type QuoteRegion,
} from "./quotes";

const terminators = ".!?…";
const closers = `"”’'»)]}`;
const openers = `"“‘'«([{¿¡`;
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
  let quoteCursor = 0;
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    if (!terminators.includes(text[i]!)) {
      i++;
      continue;
    }
    const punctuationStart = i;
    while (i < end && terminators.includes(text[i]!)) i++;
    while (i < end && closers.includes(text[i]!)) i++;
    const boundary = i;
    let next = i;
    while (next < end && /\s/.test(text[next]!)) next++;
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
  while (i < end && i < index + 3 && openers.includes(text[i]!)) i++;
  return i < end && /[\p{Lu}\p{Lt}\p{Lo}\d]/u.test(text[i]!);
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
    text[punctuation] !== "." ||
    (boundary > punctuation + 1 && terminators.includes(text[punctuation + 1]!))
  ) {
    return false; // "!", "?", "…" and "..." are not abbreviation marks
  }
  let tokenStart = punctuation;
  const limit = Math.max(sentenceStart, punctuation - maxTokenLength);
  while (tokenStart > limit && /[\p{L}\p{M}.]/u.test(text[tokenStart - 1]!))
    tokenStart--;
  const token = text.slice(tokenStart, punctuation);
  if (token.length === 0) return false;
  let wordEnd = next;
  while (
    wordEnd < end &&
    wordEnd < next + maxTokenLength &&
    openers.includes(text[wordEnd]!)
  )
    wordEnd++;
  const wordStart = wordEnd;
  while (
    wordEnd < end &&
    wordEnd < next + maxTokenLength &&
    /[\p{L}\p{N}]/u.test(text[wordEnd]!)
  )
    wordEnd++;
  // An opening quote after an abbreviation opens a new sentence (`… with the U.S. "We …`), as
  // an opener word would.
  const nextWord = wordStart > next ? "the" : text.slice(wordStart, wordEnd);
  return judgePeriodAfter(token, nextWord) === "not-final";
}
