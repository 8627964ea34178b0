/**
 * Quantifiers with a strength on a 0 (none) … 1 (every) scale, so the classifier can tell
 * "some countries" → "all countries" (hardened) from "every" → "most" (softened).
 */
import type { QuantifierMention } from "../types";
import { NUMBER_WORDS, isLikelyAdjective } from "../lexicon/common";
import { compilePhrases, matchPhraseAt } from "./phrases";
import type { SentenceView, Token } from "../text/tokenize";
import { ALL_IDIOMS_BEFORE, BE_VERBS, NO_IDIOMS_AFTER } from "../lexicon/quantities";

// Strengths follow the team's scale: 0 none … 1 every. The gaps between the steps matter more
// than the exact values: "several" sits below "many", "a few" above bare "few" (which stresses
// scarcity), and "nearly all" just below "all".
const QUANTIFIERS: ReadonlyArray<readonly [string, number]> = [
  ["no", 0],
  ["none", 0],
  ["hardly any", 0.05],
  ["very few", 0.1],
  ["few", 0.15],
  ["a handful of", 0.2],
  ["a minority of", 0.2],
  ["some", 0.25],
  ["a few", 0.25],
  ["certain", 0.25],
  ["a couple of", 0.3],
  ["several", 0.45],
  ["a number of", 0.45],
  ["various", 0.45],
  ["multiple", 0.45],
  ["quite a few", 0.45],
  ["half", 0.5],
  ["half of", 0.5],
  ["many", 0.6],
  ["numerous", 0.6],
  ["a lot of", 0.6],
  ["lots of", 0.6],
  ["plenty of", 0.6],
  ["countless", 0.65],
  ["most", 0.8],
  ["majority of", 0.8],
  ["a majority of", 0.8],
  ["the majority of", 0.8],
  ["the bulk of", 0.8],
  ["nearly all", 0.9],
  ["almost all", 0.9],
  ["virtually all", 0.9],
  ["nearly every", 0.9],
  ["almost every", 0.9],
  ["all", 1],
  ["every", 1],
  ["each", 1],
  ["entire", 1],
  ["the whole", 1],
  ["both", 1],
];
const QUANTIFIER_TABLE = compilePhrases(QUANTIFIERS);

/** Every quantifier in the sentence, with absolute offsets. */
export function findQuantifiers(view: SentenceView): QuantifierMention[] {
  const { tokens, text } = view;
  const mentions: QuantifierMention[] = [];
  let index = 0;
  while (index < tokens.length) {
    const hit = matchPhraseAt(tokens, index, QUANTIFIER_TABLE);
    if (!hit || !isQuantifierUse(tokens, hit.start, hit.end, hit.phrase)) {
      index += 1;
      continue;
    }
    const first = tokens[hit.start];
    const last = tokens[hit.end - 1];
    if (first && last) {
      mentions.push({
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        word: hit.phrase,
        strength: hit.value,
      });
    }
    index = hit.end;
  }
  return mentions;
}

function isQuantifierUse(
  tokens: readonly Token[],
  start: number,
  end: number,
  phrase: string,
): boolean {
  const before = tokens[start - 1];
  const after = tokens[end];
  const afterLower = after?.lower ?? "";
  switch (phrase) {
    case "some":
      // "some 500 people" is a numeric qualifier, reported by the numbers detector.
      return !(after?.kind === "number" || NUMBER_WORDS.has(afterLower));
    case "most":
      // "the most serious", "most likely" are superlatives or hedges; "most of", "most states" count.
      if (before?.lower === "the" || before?.lower === "at") return false;
      return (
        afterLower === "of" ||
        !(
          isLikelyAdjective(afterLower) ||
          afterLower.endsWith("ly") ||
          afterLower.endsWith("ed")
        )
      );
    case "all":
      return (
        !ALL_IDIOMS_BEFORE.has(before?.lower ?? "") && afterLower !== "but"
      );
    case "no":
      // "No. 1" is an abbreviation; "no longer" is about time.
      return after?.text !== "." && !NO_IDIOMS_AFTER.has(afterLower);
    case "each":
      return afterLower !== "other";
    case "certain":
      // "certain countries" quantifies; "it is certain" is a booster.
      return (
        !BE_VERBS.has(before?.lower ?? "") &&
        (afterLower === "of" ||
          (after?.kind === "word" && afterLower.endsWith("s")))
      );
    case "both":
      // "both sides" quantifies; "both the political and commercial map" is a conjunction.
      return (
        afterLower === "of" ||
        (after?.kind === "word" &&
          afterLower.endsWith("s") &&
          afterLower !== "its")
      );
    case "half":
      return (
        afterLower === "the" ||
        afterLower === "a" ||
        afterLower === "an" ||
        afterLower === "its" ||
        afterLower === "their"
      );
    default:
      return true;
  }
}
