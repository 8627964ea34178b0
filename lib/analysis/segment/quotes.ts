/**
 * Quotation regions of a paragraph, so the splitter knows when a period is inside a quote and
 * whether the quote ends in an attribution ("…," he said).
 */
import { findNextOf, isSpaceCode } from "./characters";

/**
 * One quotation: the opening mark's index and the closing mark's index. A quotation never closed
 * ends where the next one opens or at the paragraph's end, with `isClosed` false.
 */
export interface QuoteRegion {
  open: number;
  close: number;
  isClosed: boolean;
}

const leftDoubleQuote = 0x201c; // “
const lowDoubleQuote = 0x201e; // „
const leftGuillemet = 0xab; // «
const rightDoubleQuote = 0x201d; // ”
const rightGuillemet = 0xbb; // »
const straightDoubleQuote = 0x22; // "
/** The six marks above, for skipping to the next one. */
const doubleQuotePattern = /["“„«”»]/g;

/**
 * Pairs the double quotation marks of `text[start, end)` (curly “ ”, guillemets « », straight ")
 * in one linear pass; the regions come out ordered and disjoint. A straight quote opens after whitespace or an opening bracket and closes
 * otherwise. Single quotes are left alone: ’ is mostly an apostrophe.
 */
export function pairQuotes(
  text: string,
  start: number,
  end: number,
): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let current: QuoteRegion | null = null;
  const scope = text.slice(start, end);
  for (
    let i = start + findNextOf(doubleQuotePattern, scope, 0);
    i < end;
    i = start + findNextOf(doubleQuotePattern, scope, i + 1 - start)
  ) {
    const code = text.charCodeAt(i);
    let isOpening =
      code === leftDoubleQuote ||
      code === leftGuillemet ||
      code === lowDoubleQuote;
    let isClosing = code === rightDoubleQuote || code === rightGuillemet;
    if (code === straightDoubleQuote) {
      isOpening =
        (i <= start || isOpeningContext(text.charCodeAt(i - 1))) &&
        current === null;
      isClosing = !isOpening;
    }
    if (isOpening) {
      if (current) current.close = i; // left open: it ends here, unclosed
      current = { open: i, close: end, isClosed: false };
      regions.push(current);
    } else if (isClosing && current) {
      current.close = i;
      current.isClosed = true;
      current = null;
    }
  }
  return regions;
}

/** `/[\s([{—–-]/`: what may precede a straight quote that opens a quotation. */
function isOpeningContext(code: number): boolean {
  return (
    isSpaceCode(code) ||
    code === 0x28 ||
    code === 0x5b ||
    code === 0x7b ||
    code === 0x2014 ||
    code === 0x2013 ||
    code === 0x2d
  );
}

/**
 * Whether the quotation closing at `close` is followed by its attribution: it ends in a comma
 * (`…,” he said`) or the next word is lower-case (`…?” she asked`).
 */
export function isFollowedByAttribution(
  text: string,
  close: number,
  end: number,
): boolean {
  if (text[close - 1] === ",") return true;
  let next = close + 1;
  // Cost guard: look at most a few characters past the closing mark.
  while (next < end && next < close + 4 && /\s/.test(text[next]!)) next++;
  return next < end && /\p{Ll}/u.test(text[next]!);
}
