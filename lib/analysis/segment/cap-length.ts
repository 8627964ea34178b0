/**
 * Length cap for sentences, so a run-on or adversarial paragraph cannot make one sentence that
 * later stages (alignment is super-linear in sentence length) choke on.
 */
import type { Range } from "./split-sentences";

/** Longest sentence kept whole: about ten times a long news sentence. */
export const maxSentenceLength = 1500;

// A cut is searched in the last half of the allowed length, so no piece gets tiny.
const minPieceLength = maxSentenceLength / 2;

/**
 * Splits ranges longer than `maxSentenceLength` at the last clause boundary (; : , or a dash
 * followed by a space) before the cap, else at the last space, else exactly at the cap (never
 * inside a surrogate pair). Linear: each cut looks back at most half the cap.
 */
export function capSentenceLength(
  text: string,
  ranges: readonly Range[],
): Range[] {
  const capped: Range[] = [];
  for (const [rangeStart, rangeEnd] of ranges) {
    let start = rangeStart;
    while (rangeEnd - start > maxSentenceLength) {
      const cut = findCut(text, start);
      capped.push([start, cut]);
      start = cut;
    }
    capped.push([start, rangeEnd]);
  }
  return capped;
}

/** Where to cut a too-long piece that starts at `start`. */
function findCut(text: string, start: number): number {
  const hardLimit = start + maxSentenceLength;
  let lastSpace = -1;
  for (let i = hardLimit - 1; i >= start + minPieceLength; i--) {
    if (!/\s/.test(text[i]!)) continue;
    if (/[;:,—–-]/.test(text[i - 1]!)) return i;
    if (lastSpace < 0) lastSpace = i;
  }
  if (lastSpace >= 0) return lastSpace;
  const isLowSurrogate = (text.charCodeAt(hardLimit) & 0xfc00) === 0xdc00;
  return isLowSurrogate ? hardLimit - 1 : hardLimit;
}
