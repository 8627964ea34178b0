/**
 * The per-line verdicts the cleaning passes fill in, and the article vocabulary they share.
 */
import type { ExclusionReason } from "../types";
import type { ChromeMatch } from "./chrome-patterns";
import { extractContentWords } from "./content-words";
import type { PageLine } from "./split-lines";

/** A line's verdict: part of the article, or chrome with its reason; undefined until a pass decides. */
export type LineDecision = ExclusionReason | "body";

/** State shared by the cleaning passes over one page. */
export interface CleanContext {
  lines: readonly PageLine[];
  /** The whole-line chrome pattern each line matched, if any. */
  chrome: readonly (ChromeMatch | null)[];
  decisions: (LineDecision | undefined)[];
  /**
   * Groups of accepted lines (headline and body) whose content words make up the article
   * vocabulary, in order. Only `markTail` reads the vocabulary, and most pages never reach it,
   * so words are extracted when it first asks (see readVocabulary), not line by line.
   */
  vocabularyQueue: VocabularyGroup[];
  /** Content words of the queued groups read so far. */
  vocabulary: Set<string>;
}

/** Lines whose content words join the vocabulary: the first `maxWords` of them, all lines together. */
export interface VocabularyGroup {
  lines: readonly number[];
  maxWords: number;
}

// Cost guard: the first few thousand distinct words of an article say all there is about its topic.
const maxVocabularySize = 5000;

// Cost guard: a line's words count towards the article vocabulary from its first this many characters.
const maxVocabularyCharsPerLine = 3000;

/** Queues the content words of `lines` (at most `maxWords` of them) for the article vocabulary. */
export function queueVocabulary(
  context: CleanContext,
  lines: readonly number[],
  maxWords: number,
): void {
  if (lines.length > 0) context.vocabularyQueue.push({ lines, maxWords });
}

/** The article vocabulary: the content words of every group queued so far, up to its cap. */
export function readVocabulary(context: CleanContext): ReadonlySet<string> {
  for (const group of context.vocabularyQueue) {
    let taken = 0;
    for (const index of group.lines) {
      if (taken >= group.maxWords) break;
      const words = extractLineWords(context.lines[index]!);
      addToVocabulary(context, words.slice(0, group.maxWords - taken));
      taken += Math.min(words.length, group.maxWords - taken);
    }
  }
  context.vocabularyQueue = [];
  return context.vocabulary;
}

/** The content words a line contributes to the article vocabulary. */
function extractLineWords(line: PageLine): string[] {
  return extractContentWords(line.text.slice(0, maxVocabularyCharsPerLine));
}

/** Adds content words to the article vocabulary, up to its cap. */
function addToVocabulary(
  context: CleanContext,
  words: readonly string[],
): void {
  for (const word of words) {
    if (context.vocabulary.size >= maxVocabularySize) return;
    context.vocabulary.add(word);
  }
}
