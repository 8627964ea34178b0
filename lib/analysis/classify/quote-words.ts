/**
 * Word sequences for comparing quotations: lower-case, punctuation dropped, contractions
 * expanded ("we're" → "we are"), so only the words themselves count. Includes a capped
 * longest-common-subsequence diff (quotes are short; the cap bounds adversarial input).
 */

import { MAX_QUOTE_WORDS } from "../text/limits";

// Words with inner apostrophes ("we're") and numbers with inner points ("2.0", "3.5") stay whole.
const QUOTE_WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+|\.\p{N}+)*/gu;
const CONTRACTIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ["won't", ["will", "not"]],
  ["can't", ["can", "not"]],
  ["shan't", ["shall", "not"]],
  ["cannot", ["can", "not"]],
]);
const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ["n't", "not"],
  ["'re", "are"],
  ["'ve", "have"],
  ["'ll", "will"],
  ["'m", "am"],
  ["'d", "would"],
];
export { MAX_QUOTE_WORDS, MAX_SENTENCE_WORDS } from "../text/limits";

/** The words of a quotation or sentence, normalised for comparison (at most `limit`). */
export function toQuoteWords(text: string, limit = MAX_QUOTE_WORDS): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(QUOTE_WORD_RE)) {
    if (words.length >= limit) break;
    const lower = match[0].toLowerCase().replace(/’/g, "'");
    const whole = CONTRACTIONS.get(lower);
    if (whole) {
      words.push(...whole);
      continue;
    }
    const suffix = SUFFIXES.find(
      ([ending]) => lower.endsWith(ending) && lower.length > ending.length,
    );
    if (suffix) {
      words.push(lower.slice(0, -suffix[0].length), suffix[1]);
      continue;
    }
    words.push(lower.endsWith("'s") ? lower.slice(0, -2) : lower);
  }
  return words;
}

/** Length of the longest common subsequence of two word lists (two-row table). */
export function countCommonWords(
  a: readonly string[],
  b: readonly string[],
): number {
  if (a.length === 0 || b.length === 0) return 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      current[j] =
        a[i - 1] === b[j - 1]
          ? (previous[j - 1] ?? 0) + 1
          : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/** The word-level difference between a derivative quote and the reference quote it matches. */
export interface WordDiff {
  /** Words both share, in order. */
  common: number;
  /** Reference words, inside the stretch the derivative quotes, that it leaves out or replaces. */
  removed: string[];
  /** Derivative words the reference does not have there. */
  inserted: string[];
  /** The reference words from the first to the last shared one (what the derivative quotes). */
  window: string[];
}

/**
 * Diffs `der` against `ref`. Only the stretch of `ref` the derivative quotes counts: quoting part
 * of a longer quotation is not a change, altering words inside it is.
 */
export function diffQuoteWords(
  ref: readonly string[],
  der: readonly string[],
): WordDiff {
  const rows = der.length;
  const cols = ref.length;
  const table: number[][] = Array.from({ length: rows + 1 }, () =>
    new Array<number>(cols + 1).fill(0),
  );
  for (let i = rows - 1; i >= 0; i -= 1) {
    const row = table[i] as number[];
    const below = table[i + 1] as number[];
    for (let j = cols - 1; j >= 0; j -= 1) {
      row[j] =
        der[i] === ref[j]
          ? (below[j + 1] ?? 0) + 1
          : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const matchedRef: number[] = [];
  const matchedDer = new Set<number>();
  let i = 0;
  let j = 0;
  while (i < rows && j < cols) {
    // Before the first shared word, skip reference words whenever that loses nothing, so the
    // quoted stretch starts where the derivative's words do ("the mayor said *the new tunnel*").
    if (
      matchedRef.length === 0 &&
      (table[i]?.[j + 1] ?? 0) === (table[i]?.[j] ?? 0)
    ) {
      j += 1;
      continue;
    }
    if (der[i] === ref[j]) {
      matchedRef.push(j);
      matchedDer.add(i);
      i += 1;
      j += 1;
    } else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) {
      i += 1;
    } else {
      j += 1;
    }
  }
  const first = matchedRef[0];
  const last = matchedRef[matchedRef.length - 1];
  if (first === undefined || last === undefined)
    return { common: 0, removed: [...ref], inserted: [...der], window: [] };
  const matchedRefSet = new Set(matchedRef);
  const removed: string[] = [];
  for (let index = first; index <= last; index += 1)
    if (!matchedRefSet.has(index)) removed.push(ref[index] ?? "");
  return {
    common: matchedRef.length,
    removed,
    inserted: der.filter((_word, index) => !matchedDer.has(index)),
    window: ref.slice(first, last + 1),
  };
}
