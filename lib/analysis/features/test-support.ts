/**
 * Helpers for the detector tests: sentences are embedded after a prefix so that every offset a
 * detector returns is checked as an absolute index, never as a sentence-relative one.
 */
import type { Span } from "../types";
import { createSentenceView, type SentenceView } from "../text/tokenize";

/** Text put before every test sentence, so offsets are absolute. */
export const TEST_PREFIX = "Earlier text. ";

/** The view of `sentence` embedded after TEST_PREFIX (and followed by `after`, if given). */
export function createTestView(sentence: string, after = ""): SentenceView {
  const text = TEST_PREFIX + sentence + after;
  return createSentenceView(
    text,
    TEST_PREFIX.length,
    TEST_PREFIX.length + sentence.length,
  );
}

/** Spans whose `text` is not exactly `text.slice(start, end)` (empty when all slice back). */
export function listSliceMismatches(
  text: string,
  spans: readonly Span[],
): Span[] {
  return spans.filter(
    (span) =>
      text.slice(span.start, span.end) !== span.text || span.start > span.end,
  );
}
