/**
 * The counted noun after a number ("five sources" → "sources").
 */
import {
  FUNCTION_WORDS,
  NUMBER_WORDS,
  SCALE_WORDS,
  isLikelyAdjective,
  toWordSet,
} from "../lexicon/common";
import { stripPossessiveSuffix, type Token } from "../text/tokenize";
import { PARTITIVE_DETERMINERS } from "../lexicon/quantities";

/** Words after a number that end the look-ahead for its unit. */
const UNIT_STOP_WORDS = new Set([
  ...FUNCTION_WORDS,
  ...toWordSet("percent per cent times"),
]);

/**
 * The counted noun after a number: the first content word, skipping one adjective when a second
 * word follows ("four Muslim-majority countries" → "countries"), and looking through a
 * partitive "of the" ("two of the sources" → "sources"). At most two words are examined.
 */
export function findUnit(
  tokens: readonly Token[],
  index: number,
): string | null {
  let position = index;
  const first = tokens[position];
  if (
    first?.text === "-" &&
    tokens[position + 1]?.kind === "word" &&
    tokens[position + 1]?.start === first.end
  ) {
    return tokens[position + 1]?.lower ?? null; // "689-kilometre"
  }
  if (first?.lower === "of") {
    position += 1;
    if (PARTITIVE_DETERMINERS.has(tokens[position]?.lower ?? "")) position += 1;
  }
  const candidates: Token[] = [];
  while (candidates.length < 2) {
    const token = tokens[position];
    if (!token || token.kind !== "word" || !isUnitCandidate(token)) break;
    candidates.push(token);
    position += 1;
  }
  const [head, second] = candidates;
  if (!head) return null;
  const chosen =
    second && (isLikelyAdjective(head.lower) || head.isCap) ? second : head;
  return stripPossessiveSuffix(chosen.lower);
}

function isUnitCandidate(token: Token): boolean {
  if (
    UNIT_STOP_WORDS.has(token.lower) ||
    NUMBER_WORDS.has(token.lower) ||
    SCALE_WORDS.has(token.lower)
  )
    return false;
  if (token.lower.endsWith("ly")) return false; // adverbs: "five quickly"
  // Past tenses and participles ("300 died", "three agreed") are verbs, not counted nouns.
  return !(
    token.lower.length > 3 &&
    token.lower.endsWith("ed") &&
    !token.lower.endsWith("hundred")
  );
}
