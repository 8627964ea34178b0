/**
 * Negation: not, no, never, n't, without, neither/nor, none, nothing, nobody, "no one", and the
 * refusals news reports as negations ("declined to", "refused to", "denied").
 */
import type { NegationMention } from "../types";
import { compilePhrases, matchPhraseAt } from "./phrases";
import type { SentenceView } from "../text/tokenize";
import { defineWordClass, hasWordClass } from "../text/word-classes";

const NEGATION_TABLE = compilePhrases(
  [
    "not",
    "no",
    "never",
    "without",
    "neither",
    "nor",
    "none",
    "nothing",
    "nobody",
    "no one",
    "nowhere",
    "declined to",
    "refused to",
    "denied",
    "denies",
    "deny",
    "denying",
  ].map((phrase) => [phrase, phrase] as const),
);

/** Words ending in "n't", and "cannot": the cues tested before the phrase table. */
const CONTRACTION_CLASS = defineWordClass(
  (lower) => (lower.endsWith("n't") && lower.length > 3) || lower === "cannot",
);

/** Every negation in the sentence, with absolute offsets. */
export function findNegations(view: SentenceView): NegationMention[] {
  const { tokens, text } = view;
  const mentions: NegationMention[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (!token) break;
    if (
      !hasWordClass(token, CONTRACTION_CLASS) &&
      !hasWordClass(token, NEGATION_TABLE.startClass)
    ) {
      index += 1; // most words: no cue and no phrase starts here
      continue;
    }
    if (
      token.kind === "word" &&
      token.lower.endsWith("n't") &&
      token.lower.length > 3
    ) {
      // "won't", "didn't": the span is the "n't" inside the word.
      mentions.push({
        start: token.end - 3,
        end: token.end,
        text: text.slice(token.end - 3, token.end),
        word: "n't",
      });
      index += 1;
      continue;
    }
    if (token.lower === "cannot") {
      mentions.push({
        start: token.end - 3,
        end: token.end,
        text: text.slice(token.end - 3, token.end),
        word: "not",
      });
      index += 1;
      continue;
    }
    const hit = matchPhraseAt(tokens, index, NEGATION_TABLE);
    const last = hit ? tokens[hit.end - 1] : undefined;
    const next = hit ? tokens[hit.end] : undefined;
    // "not only … but also" adds rather than negates; "No. 1" is an abbreviation.
    const isIdiom =
      (hit?.phrase === "not" && next?.lower === "only") ||
      (hit?.phrase === "no" && next?.text === ".");
    if (!hit || !last || isIdiom) {
      index += 1;
      continue;
    }
    mentions.push({
      start: token.start,
      end: last.end,
      text: text.slice(token.start, last.end),
      word: hit.phrase,
    });
    index = hit.end;
  }
  return mentions;
}
