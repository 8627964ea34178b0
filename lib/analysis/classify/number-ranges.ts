/**
 * Numeric ranges ("between 10 and 20 people", "10-15 people", "two to three weeks"): two
 * numbers of one sentence joined by a range connector. Shared by the range and number detectors.
 */
import type { NumberMention } from "../types";
import { memoizeByView } from "./sentence-words";
import type { SentenceView } from "./types";
import { RANGE_CONNECTORS } from "../lexicon/quantities";

/** Two numbers forming a range. */
export interface NumberRange {
  low: NumberMention;
  high: NumberMention;
}

/** The numeric ranges of a sentence (years excluded: "2020 and 2021" lists two years); cached per view. */
export const findNumberRanges = memoizeByView(
  (view: SentenceView): NumberRange[] => {
    const numbers = view.features.numbers;
    const ranges: NumberRange[] = [];
    for (let index = 0; index + 1 < numbers.length; index += 1) {
      const low = numbers[index];
      const high = numbers[index + 1];
      if (
        !low ||
        !high ||
        low.isYear ||
        high.isYear ||
        low.value === null ||
        high.value === null
      )
        continue;
      const between = view.text.slice(low.end, high.start).trim().toLowerCase();
      if (RANGE_CONNECTORS.has(between)) ranges.push({ low, high });
    }
    return ranges;
  },
);

/** true when the mention is one end of one of the ranges. */
export function isRangeEnd(
  ranges: readonly NumberRange[],
  mention: NumberMention,
): boolean {
  return ranges.some(
    (range) => range.low === mention || range.high === mention,
  );
}
