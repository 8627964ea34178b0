/**
 * Superlatives: "the largest", "most serious", "the top candidate", "best"; `isScoped` when the
 * claim is one among several ("one of the largest", "among the most structured", "a leading",
 * "second-largest"), because dropping the scope is a hardening.
 */
import type { SuperlativeMention } from "../types";
import { NUMBER_WORDS, isLikelyAdjective } from "../lexicon/common";
import {
  stripPossessiveSuffix,
  type SentenceView,
  type Token,
} from "../text/tokenize";
import { defineWordClass, hasWordClass } from "../text/word-classes";
import { SUPERLATIVE_CORE_WORDS, IRREGULAR_SUPERLATIVES, NOT_SUPERLATIVES, ORDINAL_PREFIXES, POSSESSIVE_DETERMINERS, SUPERLATIVE_SCOPE_COUNT_WORDS } from "../lexicon/quantities";

// "-est" words shorter than this are not superlatives ("test", "nest", "quest"); the shortest
// real ones ("oldest", "finest", "widest") have six letters.
const MIN_EST_LENGTH = 6;
/** Endings of words that, after "most", are adjectives: "most important", "most heavily". */
const ADJECTIVE_ENDING_RE = /(?:ant|ent|ed|ing|y)$/;
/** Words that may be a superlative's core; matchCore rules out the rest with a bit test. */
const CORE_CLASS = defineWordClass((lower) => {
  const bare = stripPossessiveSuffix(lower);
  return (
    bare.includes("-") ||
    IRREGULAR_SUPERLATIVES.has(bare) ||
    isEstSuperlative(bare) ||
    SUPERLATIVE_CORE_WORDS.has(bare)
  );
});

/** Every superlative in the sentence, with absolute offsets. */
export function findSuperlatives(view: SentenceView): SuperlativeMention[] {
  const { tokens, text } = view;
  const mentions: SuperlativeMention[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const core = matchCore(tokens, index);
    if (!core) continue;
    const scope = findScope(tokens, index, core.isOrdinalScoped);
    const first = tokens[scope.startIndex];
    const last = tokens[core.end - 1];
    if (!first || !last) continue;
    mentions.push({
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      isScoped: scope.isScoped,
    });
    index = core.end - 1;
  }
  return mentions;
}

interface Core {
  end: number;
  isOrdinalScoped: boolean;
}

function matchCore(tokens: readonly Token[], index: number): Core | null {
  const token = tokens[index];
  if (!token || token.kind !== "word" || !hasWordClass(token, CORE_CLASS))
    return null;
  const lower = stripPossessiveSuffix(token.lower);
  const previous = tokens[index - 1]?.lower ?? "";
  const next = tokens[index + 1];
  if (lower.includes("-")) {
    // "second-largest", "world's-biggest"-style compounds: superlative last part.
    const parts = lower.split("-");
    const tail = parts[parts.length - 1] ?? "";
    if (isEstSuperlative(tail) || IRREGULAR_SUPERLATIVES.has(tail)) {
      return {
        end: index + 1,
        isOrdinalScoped: ORDINAL_PREFIXES.has(parts[0] ?? ""),
      };
    }
    return null;
  }
  if (IRREGULAR_SUPERLATIVES.has(lower) || isEstSuperlative(lower))
    return { end: index + 1, isOrdinalScoped: false };
  if (
    (lower === "most" || lower === "least") &&
    next?.kind === "word" &&
    previous !== "at"
  ) {
    const nextLower = next.lower;
    if (nextLower === "of") return null;
    const isDetermined =
      POSSESSIVE_DETERMINERS.has(previous) || previous.endsWith("'s");
    // Without "the", "most likely" is a hedge and "most countries" a quantifier.
    if (
      isDetermined
        ? nextLower !== "likely" || previous === "the"
        : isAdjectiveAfterMost(nextLower)
    ) {
      return { end: index + 2, isOrdinalScoped: false };
    }
    return null;
  }
  if (
    (lower === "top" || lower === "leading" || lower === "foremost") &&
    next?.kind === "word" &&
    next.lower !== "of"
  ) {
    if (
      previous === "the" ||
      (lower === "leading" && (previous === "a" || previous === "an"))
    ) {
      return { end: index + 1, isOrdinalScoped: false };
    }
  }
  return null;
}

function isEstSuperlative(lower: string): boolean {
  return (
    lower.length >= MIN_EST_LENGTH &&
    lower.endsWith("est") &&
    !NOT_SUPERLATIVES.has(lower)
  );
}

function isAdjectiveAfterMost(lower: string): boolean {
  if (lower === "likely" || lower === "other") return false;
  return isLikelyAdjective(lower) || ADJECTIVE_ENDING_RE.test(lower);
}

/** Walks back over "the"/a possessive and a scope marker ("one of", "among", "a leading"). */
function findScope(
  tokens: readonly Token[],
  coreIndex: number,
  isOrdinalScoped: boolean,
): { startIndex: number; isScoped: boolean } {
  let startIndex = coreIndex;
  let position = coreIndex - 1;
  const core = tokens[coreIndex]?.lower ?? "";
  const determiner = tokens[position];
  if (
    determiner &&
    (POSSESSIVE_DETERMINERS.has(determiner.lower) ||
      (determiner.isCap && determiner.lower.endsWith("'s")))
  ) {
    startIndex = position;
    position -= 1;
  } else if (
    determiner &&
    core === "leading" &&
    (determiner.lower === "a" || determiner.lower === "an")
  ) {
    return { startIndex: position, isScoped: true };
  }
  const marker = tokens[position];
  if (marker?.lower === "among")
    return { startIndex: position, isScoped: true };
  const counter = tokens[position - 1];
  if (
    marker?.lower === "of" &&
    counter &&
    (SUPERLATIVE_SCOPE_COUNT_WORDS.has(counter.lower) ||
      NUMBER_WORDS.has(counter.lower) ||
      counter.kind === "number")
  ) {
    return { startIndex: position - 1, isScoped: true };
  }
  return { startIndex, isScoped: isOrdinalScoped };
}
