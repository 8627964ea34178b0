/**
 * The building blocks of time expressions: one date, weekday, season, year, relative
 * reference ("next year", "recent days") or counted unit ("three weeks", "days").
 */
import {
  MONTH_ABBREVIATIONS,
  MONTHS,
  NUMBER_WORDS,
  SEASONS,
  TIME_UNITS,
  WEEKDAYS,
  toWordSet,
} from "../lexicon/common";
import { stripPossessiveSuffix, type Token } from "../text/tokenize";
import { defineWordClass, hasWordClass } from "../text/word-classes";
import { TIME_COUNT_WORDS, TIME_DEICTICS, TIME_EDGE_MODIFIERS, STANDALONE_RELATIVE } from "../lexicon/time";

/** What an atom is: a calendar point, a relative reference, or a counted unit. */
export type AtomKind = "point" | "relative" | "unit";

/** One time unit or point: token range [start, end) and what it is. */
export interface Atom {
  start: number; // token index
  end: number; // exclusive token index
  kind: AtomKind;
  /** true for a bare count without its unit ("two" in "two to three weeks"). */
  isBareCount?: boolean;
}

const GLUED_EDGE_RE = /^(?:mid|early|late)-([a-z]+)$/;
const YEAR_RE = /^(\d{4})(s?)$/;
const DAY_RE = /^(\d{1,2})(?:st|nd|rd|th)?$/;

/**
 * Every word an atom can start with (its first token, before any other test): "the", the word
 * lists above, time units, counts, and calendar names with or without a possessive "'s".
 * parseAtom rejects any other word with a bit test (ATOM_START_CLASS) instead of a dozen lookups.
 */
const ATOM_START_WORDS: ReadonlySet<string> = new Set([
  "the",
  ...TIME_DEICTICS,
  ...TIME_EDGE_MODIFIERS,
  ...STANDALONE_RELATIVE,
  ...TIME_COUNT_WORDS,
  ...SEASONS,
  ...TIME_UNITS,
  ...NUMBER_WORDS.keys(),
  ...[...MONTHS.keys(), ...MONTH_ABBREVIATIONS.keys(), ...WEEKDAYS].flatMap(
    (word) => [word, `${word}'s`],
  ),
]);

/** Listed words and glued edges ("mid-July", "late-2024"). */
const ATOM_START_CLASS = defineWordClass(
  (lower) =>
    ATOM_START_WORDS.has(lower) ||
    (lower.includes("-") && GLUED_EDGE_RE.test(lower)),
);

/** Whether an atom may start at `token`: a number, a listed word, or a glued "mid-July". */
function mayStartAtom(token: Token): boolean {
  return token.kind === "number" || hasWordClass(token, ATOM_START_CLASS);
}

/** "2023", "1980s": the same 1900–2099 window the numbers detector treats as years. */
function isYearToken(token: Token | undefined): boolean {
  if (!token || token.kind !== "number") return false;
  const match = YEAR_RE.exec(token.text);
  const value = Number(match?.[1]);
  return match !== null && value >= 1900 && value <= 2099;
}

function isDayToken(token: Token | undefined): boolean {
  if (!token || token.kind !== "number") return false;
  const match = DAY_RE.exec(token.text);
  const value = Number(match?.[1]);
  return match !== null && value >= 1 && value <= 31;
}

function isMonth(
  tokens: readonly Token[],
  index: number,
  afterPreposition: boolean,
): boolean {
  const token = tokens[index];
  if (!token || !token.isCap) return false;
  const lower = stripPossessiveSuffix(token.lower);
  if (MONTH_ABBREVIATIONS.has(lower)) {
    const next =
      tokens[index + 1]?.text === "." ? tokens[index + 2] : tokens[index + 1];
    return isDayToken(next);
  }
  if (!MONTHS.has(lower)) return false;
  if (lower !== "may") return true;
  // "May" is also the modal: accept it only where a month is expected.
  const next = tokens[index + 1];
  return afterPreposition || isDayToken(next) || isYearToken(next);
}

/**
 * One time unit/point starting at `index`. `allowBare` admits a bare plural unit ("months") or
 * season ("spring"), which only make sense after a preposition or in a list of alternatives;
 * `allowDefiniteUnit` admits "the year" after "the end of".
 */
export function parseAtom(
  tokens: readonly Token[],
  index: number,
  allowBare: boolean,
  allowDefiniteUnit: boolean,
): Atom | null {
  const start = tokens[index];
  if (!start || !mayStartAtom(start)) return null;
  let position = index;
  if (
    tokens[position]?.lower === "the" &&
    isDefiniteTarget(tokens[position + 1], allowDefiniteUnit)
  )
    position += 1;
  const token = tokens[position];
  if (!token) return null;
  if (STANDALONE_RELATIVE.has(token.lower))
    return { start: index, end: position + 1, kind: "relative" };
  const glued = GLUED_EDGE_RE.exec(token.lower); // "mid-July", "late-2024" are one token
  if (glued && (MONTHS.has(glued[1] ?? "") || SEASONS.has(glued[1] ?? "")))
    return { start: index, end: position + 1, kind: "point" };
  // "early autumn", "late 1980s", "mid-July", "earlier this month"
  let hasEdge = false;
  if (TIME_EDGE_MODIFIERS.has(token.lower)) {
    position += 1;
    if (tokens[position]?.text === "-") position += 1;
    hasEdge = true;
  }
  const head = tokens[position];
  if (!head) return null;
  if (TIME_DEICTICS.has(head.lower)) {
    let cursor = position + 1;
    const count = tokens[cursor];
    if (
      count &&
      (count.kind === "number" ||
        NUMBER_WORDS.has(count.lower) ||
        count.lower === "few")
    )
      cursor += 1;
    const unit = tokens[cursor];
    if (
      unit &&
      (TIME_UNITS.has(unit.lower) ||
        SEASONS.has(unit.lower) ||
        WEEKDAYS.has(unit.lower) ||
        isMonth(tokens, cursor, true))
    ) {
      return { start: index, end: cursor + 1, kind: "relative" };
    }
    return null;
  }
  const dated = parseDate(tokens, position, allowBare || hasEdge);
  if (dated !== null) return { start: index, end: dated, kind: "point" };
  const isDefinite = tokens[position - 1]?.lower === "the";
  if (
    SEASONS.has(head.lower) &&
    (hasEdge || isDefinite || (allowBare && head.lower !== "fall"))
  ) {
    return { start: index, end: position + 1, kind: "point" };
  }
  if (hasEdge) return null;
  if (allowDefiniteUnit && isDefinite && TIME_UNITS.has(head.lower))
    return { start: index, end: position + 1, kind: "relative" };
  if (isDefinite) return null;
  return parseCount(tokens, position, allowBare);
}

/** Words "the" may open a time with: "the coming days", "the late 1980s", "the spring". */
function isDefiniteTarget(
  token: Token | undefined,
  allowDefiniteUnit: boolean,
): boolean {
  if (!token) return false;
  const lower = token.lower;
  return (
    TIME_DEICTICS.has(lower) ||
    TIME_EDGE_MODIFIERS.has(lower) ||
    SEASONS.has(lower) ||
    (allowDefiniteUnit && TIME_UNITS.has(lower))
  );
}

/** "July 31", "July 31, 2025", "31 July 2025", "March 2024", "March", "Friday", "2023", "1980s". Returns the exclusive end. */
function parseDate(
  tokens: readonly Token[],
  index: number,
  afterPreposition: boolean,
): number | null {
  const head = tokens[index];
  if (!head) return null;
  if (isMonth(tokens, index, afterPreposition)) {
    let end = index + 1;
    if (tokens[end]?.text === ".") end += 1; // "Aug. 8"
    if (isDayToken(tokens[end])) {
      end += 1;
      if (tokens[end]?.text === "," && isYearToken(tokens[end + 1])) end += 2;
      else if (isYearToken(tokens[end])) end += 1;
    } else if (isYearToken(tokens[end])) {
      end += 1;
    } else if (tokens[end - 1]?.text === ".") {
      end -= 1;
    }
    return end;
  }
  if (isDayToken(head) && isMonth(tokens, index + 1, true)) {
    let end = index + 2;
    if (isYearToken(tokens[end])) end += 1;
    return end;
  }
  if (head.isCap && WEEKDAYS.has(stripPossessiveSuffix(head.lower)))
    return index + 1;
  if (isYearToken(head) && !isQuantityAfter(tokens, index)) return index + 1;
  return null;
}

/** "2020%" or "$2020" are amounts, not years. */
function isQuantityAfter(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  return (
    next?.text === "%" ||
    previous?.text === "$" ||
    previous?.text === "€" ||
    previous?.text === "£"
  );
}

/** "three years", "a few weeks", "24 hours", "days" (bare, when allowed), or a bare count "two". */
function parseCount(
  tokens: readonly Token[],
  index: number,
  allowBare: boolean,
): Atom | null {
  let position = index;
  const head = tokens[position];
  if (!head) return null;
  let hasCount = false;
  if (
    head.kind === "number" ||
    NUMBER_WORDS.has(head.lower) ||
    TIME_COUNT_WORDS.has(head.lower)
  ) {
    position += 1;
    hasCount = true;
    if (
      tokens[position]?.lower === "few" ||
      tokens[position]?.lower === "couple"
    )
      position += 1;
    if (tokens[position]?.lower === "of") position += 1;
  }
  const unit = tokens[position];
  if (
    unit &&
    TIME_UNITS.has(unit.lower) &&
    (hasCount || (allowBare && unit.lower.endsWith("s")))
  ) {
    if (!hasCount && tokens[position + 1]?.lower === "of") return null; // "years of conflict"
    return { start: index, end: position + 1, kind: "unit" };
  }
  // A bare count only survives as the first of a range ("two to three weeks"); see parseExpression.
  if (
    hasCount &&
    (head.kind === "number" || NUMBER_WORDS.has(head.lower)) &&
    position === index + 1
  ) {
    return { start: index, end: index + 1, kind: "unit", isBareCount: true };
  }
  return null;
}
