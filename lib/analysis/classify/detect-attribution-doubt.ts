/**
 * attribution-doubting: the derivative casts doubt on a source the reference reports plainly —
 * "said" → "claimed", "alleged", "insisted", or "without evidence" added. Softened: the reader is
 * told not to take the claim at face value.
 */
import { createFinding, quoteWords } from "./reason-codes";
import { collect } from "./sentence-words";
import type { Detector } from "./types";

/** Compares doubting verbs and "without evidence". */
export const detectAttributionDoubt: Detector = (ref, der) => {
  const refAttributions = collect(ref, "attributions");
  if (refAttributions.some((mention) => mention.isDoubting)) return [];
  const doubting = der.features.attributions.find(
    (mention) => mention.isDoubting,
  );
  if (!doubting) return [];
  const plain = refAttributions[0];
  const detail = plain
    ? `The reference reports ${quoteWords(plain.text)} plainly; the derivative casts doubt: ${quoteWords(doubting.text)}.`
    : `The derivative casts doubt on the claim: ${quoteWords(doubting.text)}.`;
  return [
    createFinding("attribution-doubting", detail, {
      reference: plain?.text,
      derivative: doubting.text,
    }),
  ];
};
