/**
 * Line splitting with exact offsets, the unit the cleaner decides on.
 */
import { isSpaceCode } from "../char-codes";

/** One non-blank line of a page, trimmed, with its offsets into the page text. */
export interface PageLine {
  /** 0-based position among the non-blank lines. */
  index: number;
  start: number;
  end: number;
  /** `pageText.slice(start, end)`: the line without surrounding whitespace. */
  text: string;
  /** Whitespace-separated tokens, counted up to `maxCountedWords`. */
  wordCount: number;
  /** true when the line ends like a sentence: `.`, `!`, `?` or `…`, possibly inside closing quotes or brackets. */
  hasFinalPunctuation: boolean;
}

// Past this many words a line is a paragraph for every rule in the cleaner, so counting further
// only costs time on adversarial one-line pages.
const maxCountedWords = 200;

const finalPunctuation = /[.!?…]["'”’)\]»]*$/;
const lineBreak = /[\n\r]/g;

/**
 * Splits `text` into its non-blank lines (on \n, \r\n or \r), each trimmed of whitespace,
 * including no-break spaces. Blank lines are dropped; offsets are UTF-16 indexes into `text`.
 */
export function splitLines(text: string): PageLine[] {
  const lines: PageLine[] = [];
  let lineStart = 0;
  const length = text.length;
  while (lineStart <= length) {
    // The regex engine finds the next break several times faster than a charCodeAt loop.
    lineBreak.lastIndex = lineStart;
    const lineEnd = lineBreak.test(text) ? lineBreak.lastIndex - 1 : length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end > start) {
      const lineText = text.slice(start, end);
      lines.push({
        index: lines.length,
        start,
        end,
        text: lineText,
        wordCount: countWords(text, start, end),
        hasFinalPunctuation: finalPunctuation.test(lineText.slice(-8)),
      });
    }
    // "\r\n" is one line break.
    lineStart =
      text.charCodeAt(lineEnd) === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a
        ? lineEnd + 2
        : lineEnd + 1;
  }
  return lines;
}

/**
 * Counts whitespace-separated tokens of `text[start, end)`, stopping at `maxCountedWords`. Reads
 * the page text itself: a line's text is a sliced string, slower to read character by character.
 */
function countWords(text: string, start: number, end: number): number {
  let count = 0;
  let isInWord = false;
  for (let i = start; i < end && count < maxCountedWords; i++) {
    const isWordChar = !isSpaceCode(text.charCodeAt(i));
    if (isWordChar && !isInWord) count++;
    isInWord = isWordChar;
  }
  return count;
}
