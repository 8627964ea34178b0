/**
 * The per-line verdicts the cleaning passes fill in, and the article vocabulary they share.
 */
import type { ExclusionReason } from "../types";
import type { ChromeMatch } from "./chrome-patterns";
import type { PageLine } from "./split-lines";

/** A line's verdict: part of the article, or chrome with its reason; undefined until a pass decides. */
export type LineDecision = ExclusionReason | "body";

/** State shared by the cleaning passes over one page. */
export interface CleanContext {
  lines: readonly PageLine[];
  /** The whole-line chrome pattern each line matched, if any. */
  chrome: readonly (ChromeMatch | null)[];
  decisions: (LineDecision | undefined)[];
  /** Content words of the article text accepted so far (headline and body lines). */
  vocabulary: Set<string>;
}

// Cost guard: the first few thousand distinct words of an article say all there is about its topic.
const maxVocabularySize = 5000;

/** Adds content words to the article vocabulary, up to its cap. */
export function addToVocabulary(
  context: CleanContext,
  words: readonly string[],
): void {
  for (const word of words) {
    if (context.vocabulary.size >= maxVocabularySize) return;
    context.vocabulary.add(word);
  }
}
