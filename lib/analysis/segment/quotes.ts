/**
 * Quotation regions of a paragraph, so the splitter knows when a period is inside a quote and
 * whether the quote ends in an attribution ("…," he said).
 */

/**
 * One quotation: the opening mark's index and the closing mark's index. A quotation never closed
 * ends where the next one opens or at the paragraph's end, with `isClosed` false.
 */
export interface QuoteRegion {
  open: number;
  close: number;
  isClosed: boolean;
}

const curlyOpeners = "“«„";
const curlyClosers = "”»";

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
  for (let i = start; i < end; i++) {
    const char = text[i]!;
    let isOpening = curlyOpeners.includes(char);
    let isClosing = curlyClosers.includes(char);
    if (char === '"') {
      const before = i > start ? text[i - 1]! : " ";
      isOpening = /[\s([{—–-]/.test(before) && current === null;
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
