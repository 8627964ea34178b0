/**
 * Stance: hedges ("reportedly", "could", "expected to"), boosters ("confirmed", "will",
 * "officially") and weasels ("widely regarded", "analysts"). The lexicon is in lexicon/stance.ts.
 */
import type { StanceMention } from "../types";
import { STANCE_ENTRIES } from "../lexicon/stance";
import { compilePhrases, matchPhraseAt } from "./phrases";
import { findFirstWordIndex, type SentenceView } from "../text/tokenize";
import { isModalNounUse } from "./modals";

/** The compiled stance lexicon: phrase → hedge | booster | weasel. */
const STANCE_TABLE = compilePhrases(STANCE_ENTRIES);

/** Every hedge, booster and weasel phrase in the sentence, with absolute offsets. */
export function findStances(view: SentenceView): StanceMention[] {
  const { tokens, text } = view;
  const firstWord = findFirstWordIndex(tokens);
  const mentions: StanceMention[] = [];
  let index = 0;
  while (index < tokens.length) {
    const hit = matchPhraseAt(tokens, index, STANCE_TABLE);
    const first = hit ? tokens[hit.start] : undefined;
    const last = hit ? tokens[hit.end - 1] : undefined;
    if (
      !hit ||
      !first ||
      !last ||
      isModalNounUse(tokens, hit.start, firstWord)
    ) {
      index += 1;
      continue;
    }
    mentions.push({
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      kind: hit.value,
      word: hit.phrase,
    });
    index = hit.end;
  }
  return mentions;
}
