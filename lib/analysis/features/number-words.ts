/**
 * Numbers written in words: "five", "two hundred and fifty", "a dozen", "twenty-one",
 * "ten-year", and vague plurals ("dozens", "tens of thousands") whose value is unknown.
 */
import { NUMBER_WORDS, SCALE_WORDS } from "../lexicon/common";
import { findUnit } from "./number-units";
import type { Token } from "../text/tokenize";
import { defineWordClass, hasWordClass } from "../text/word-classes";
import { ONE_BLOCKERS_AFTER, ONE_BLOCKERS_BEFORE, VAGUE_AMOUNTS, VAGUE_SCALE_MODIFIERS } from "../lexicon/quantities";

const LETTERS_RE = /^[a-z]+$/;
const ORDINAL_WORD_RE = /(?:first|second|third|th)$/;
/**
 * Fractions of a scale: "half a billion" (= 500 million), "a quarter of a million", "a third of a
 * billion". Only before a scale word ("half the members" is a share, not a number).
 */
const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ["half", 1 / 2],
  ["quarter", 1 / 4],
  ["third", 1 / 3],
]);

/**
 * Every word a number written in words can start with, and hyphenated words ("twenty-one",
 * "ten-year"); parseNumberWords rejects any other word with a bit test.
 */
const NUMBER_START_WORDS: ReadonlySet<string> = new Set([
  ...VAGUE_AMOUNTS,
  ...FRACTIONS.keys(),
  ...NUMBER_WORDS.keys(),
  ...SCALE_WORDS.keys(),
  "tens",
  "a",
  "an",
  "dozen",
]);
const NUMBER_START_CLASS = defineWordClass(
  (lower) => NUMBER_START_WORDS.has(lower) || lower.includes("-"),
);

/** A parsed number expression: token range, value, unit, and character offsets. */
export interface ParsedNumber {
  startIndex: number; // first token of the expression (a currency sign counts)
  end: number; // exclusive token index
  value: number | null;
  unit: string | null;
  isYear: boolean;
  startOffset: number;
  endOffset: number;
}

/** A number written in words at token `index` ("two hundred", "a dozen", "tens of thousands"), or null. */
export function parseNumberWords(
  tokens: readonly Token[],
  index: number,
): ParsedNumber | null {
  const token = tokens[index];
  if (!token) return null;
  if (!hasWordClass(token, NUMBER_START_CLASS)) return null;
  if (
    VAGUE_AMOUNTS.has(token.lower) ||
    (token.lower === "tens" && tokens[index + 1]?.lower === "of")
  ) {
    return parseVague(tokens, index);
  }
  const hyphenated = parseHyphenated(token);
  if (hyphenated) {
    return {
      startIndex: index,
      end: index + 1,
      startOffset: token.start,
      endOffset: token.end,
      isYear: false,
      ...hyphenated,
    };
  }
  const fraction = parseFraction(tokens, index);
  if (fraction) return fraction;
  let end = index;
  let total = 0;
  let current = 0;
  let seen = false;
  // "a hundred", "a million", "a dozen"
  if (
    (token.lower === "a" || token.lower === "an") &&
    (SCALE_WORDS.has(tokens[index + 1]?.lower ?? "") ||
      tokens[index + 1]?.lower === "dozen")
  ) {
    current = 1;
    end += 1;
    seen = true;
  }
  while (end < tokens.length) {
    const word = tokens[end]?.lower ?? "";
    const small = NUMBER_WORDS.get(word);
    const scale = SCALE_WORDS.get(word);
    if (small !== undefined) current += small;
    else if (word === "dozen" && (seen || end === index))
      current = (current || 1) * 12;
    else if (scale !== undefined && (seen || end === index)) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else if (
      word === "and" &&
      seen &&
      NUMBER_WORDS.has(tokens[end + 1]?.lower ?? "")
    ) {
      // "two hundred and fifty"
    } else break;
    seen = true;
    end += 1;
  }
  if (!seen || end === index) return null;
  if (token.lower === "one" && end === index + 1 && isPronounOne(tokens, index))
    return null;
  const last = tokens[end - 1] ?? token;
  // "several hundred", "a few thousand": the scale is known, the amount is not.
  const isVague =
    SCALE_WORDS.has(token.lower) &&
    VAGUE_SCALE_MODIFIERS.has(tokens[index - 1]?.lower ?? "");
  const modifier = isVague ? tokens[index - 1] : undefined;
  return {
    startIndex: modifier ? index - 1 : index,
    end,
    value: isVague ? null : total + current,
    unit: null,
    isYear: false,
    startOffset: modifier?.start ?? token.start,
    endOffset: last.end,
  };
}

/** "half a billion", "a quarter of a million", "a third of a billion" at token `index`, or null. */
function parseFraction(tokens: readonly Token[], index: number): ParsedNumber | null {
  let at = index;
  const isArticle = (i: number) => tokens[i]?.lower === "a" || tokens[i]?.lower === "an";
  if (isArticle(at)) at += 1;
  const fraction = FRACTIONS.get(tokens[at]?.lower ?? "");
  // "third" only as "a third of a …": bare "third" is an ordinal ("a third country").
  if (fraction === undefined || (tokens[at]?.lower === "third" && tokens[at + 1]?.lower !== "of")) return null;
  at += 1;
  if (tokens[at]?.lower === "of") at += 1;
  if (isArticle(at)) at += 1;
  const word = tokens[at]?.lower ?? "";
  const scale = word === "dozen" ? 12 : SCALE_WORDS.get(word);
  if (scale === undefined) return null;
  const first = tokens[index];
  const last = tokens[at];
  if (!first || !last) return null;
  return { startIndex: index, end: at + 1, value: fraction * scale, unit: null, isYear: false, startOffset: first.start, endOffset: last.end };
}

/** "twenty-one" → 21, "ten-year" → 10 with unit "year"; "twenty-first" is an ordinal → null. */
function parseHyphenated(
  token: Token,
): { value: number; unit: string | null } | null {
  if (!token.lower.includes("-")) return null;
  const parts = token.lower.split("-");
  const first = NUMBER_WORDS.get(parts[0] ?? "");
  if (first === undefined) return null;
  const second = NUMBER_WORDS.get(parts[1] ?? "");
  if (second !== undefined && first >= 20 && second < 10) {
    const rest = parts.slice(2).join("-");
    return { value: first + second, unit: rest || null };
  }
  if (
    parts.length === 2 &&
    LETTERS_RE.test(parts[1] ?? "") &&
    !isOrdinalWord(parts[1] ?? "")
  ) {
    return { value: first, unit: parts[1] ?? null };
  }
  return null;
}

function isOrdinalWord(word: string): boolean {
  return ORDINAL_WORD_RE.test(word);
}

function isPronounOne(tokens: readonly Token[], index: number): boolean {
  return (
    ONE_BLOCKERS_BEFORE.has(tokens[index - 1]?.lower ?? "") ||
    ONE_BLOCKERS_AFTER.has(tokens[index + 1]?.lower ?? "")
  );
}

/** "dozens", "hundreds of thousands", "tens of millions": value null, unit after "of". */
function parseVague(tokens: readonly Token[], index: number): ParsedNumber {
  let end = index + 1;
  if (
    tokens[end]?.lower === "of" &&
    VAGUE_AMOUNTS.has(tokens[end + 1]?.lower ?? "")
  )
    end += 2;
  const first = tokens[index];
  const last = tokens[end - 1];
  let unit: string | null = null;
  if (tokens[end]?.lower === "of") unit = findUnit(tokens, end);
  return {
    startIndex: index,
    end,
    value: null,
    unit,
    isYear: false,
    startOffset: first?.start ?? 0,
    endOffset: last?.end ?? 0,
  };
}
