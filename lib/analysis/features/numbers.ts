/**
 * Numbers and quantities: "five sources", "over 60,000 people", "$564 million", "30%",
 * "tens of thousands of women", "2020". Ordinals ("80th", "first") are positions, not quantities,
 * and day numbers inside dates ("July 31") belong to the time detector, so both are skipped.
 */
import type { NumberMention } from "../types";
import {
  MONTH_ABBREVIATIONS,
  MONTHS,
  SCALE_WORDS,
  toWordSet,
} from "../lexicon/common";
import { findUnit } from "./number-units";
import { parseNumberWords, type ParsedNumber } from "./number-words";
import { compilePhrases, matchPhraseBefore } from "./phrases";
import type { SentenceView, Token } from "../text/tokenize";

const QUALIFIER_TABLE = compilePhrases(
  [
    "over",
    "more than",
    "at least",
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "some",
    "up to",
    "fewer than",
    "less than",
    "approximately",
    "just over",
    "just under",
    "under",
    "below",
    "above",
    "at most",
    "as many as",
    "as few as",
    "as much as",
    "close to",
    "an estimated",
    "upwards of",
    "well over",
    "only",
    "just",
    "exactly",
    "precisely",
    "between",
    "almost exactly",
    "an additional",
    "another",
  ].map((phrase) => [phrase, phrase] as const),
);
const MAX_QUALIFIER_WORDS = 3; // "as many as", the longest qualifier above

const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ["$", "dollars"],
  ["€", "euros"],
  ["£", "pounds"],
  ["¥", "yen"],
  ["₹", "rupees"],
  ["₽", "roubles"],
]);
const SUFFIX_SCALES: ReadonlyMap<string, number> = new Map([
  ["k", 1e3],
  ["m", 1e6],
  ["mn", 1e6],
  ["bn", 1e9],
  ["b", 1e9],
  ["tn", 1e12],
  ["trn", 1e12],
]);
const ORDINAL_SUFFIXES = toWordSet("st nd rd th");
const PERCENT_WORDS = toWordSet("percent pct");
/** Range connectors between two numbers ("2020 and 2021", "10-15", "two to three"). */
const RANGE_CONNECTORS = toWordSet("and or to - – through");
const DIGITS_RE = /^(\d+(?:[.,]\d+)*)(\p{L}*)$/u;
const FOUR_DIGITS_RE = /^\d{4}$/;
const DAY_DIGITS_RE = /^\d{1,2}$/;
const THOUSANDS_RE = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Every number or quantity in the sentence, with absolute offsets. */
export function findNumbers(view: SentenceView): NumberMention[] {
  const { tokens, text } = view;
  const mentions: NumberMention[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (!token) break;
    const parsed =
      token.kind === "number"
        ? parseDigits(view, index)
        : token.kind === "word"
          ? parseNumberWords(tokens, index)
          : null;
    if (!parsed) {
      index += 1;
      continue;
    }
    const qualifierHit = parsed.isYear
      ? null
      : matchPhraseBefore(
          tokens,
          parsed.startIndex,
          QUALIFIER_TABLE,
          MAX_QUALIFIER_WORDS,
        );
    const qualifierStart = qualifierHit
      ? tokens[qualifierHit.start]?.start
      : undefined;
    const start = qualifierStart ?? parsed.startOffset;
    mentions.push({
      start,
      end: parsed.endOffset,
      text: text.slice(start, parsed.endOffset),
      value: parsed.value,
      unit:
        parsed.unit ?? (parsed.isYear ? null : findUnit(tokens, parsed.end)),
      qualifier: qualifierHit ? qualifierHit.phrase : null,
      isYear: parsed.isYear,
    });
    index = Math.max(parsed.end, index + 1);
  }
  shareRangeUnits(view, mentions);
  return mentions;
}

function parseDigits(view: SentenceView, index: number): ParsedNumber | null {
  const { tokens } = view;
  const token = tokens[index];
  const match = token ? DIGITS_RE.exec(token.text) : null;
  if (!token || !match) return null;
  const digits = match[1] ?? "";
  const suffix = (match[2] ?? "").toLowerCase();
  if (
    ORDINAL_SUFFIXES.has(suffix) ||
    isGluedToWord(view, index) ||
    isDayOfMonth(tokens, index, digits)
  )
    return null;
  let value = parseDigitGroups(digits);
  let unit: string | null = null;
  let startOffset = token.start;
  let startIndex = index;
  let end = index + 1;
  const isDecade = suffix === "s";
  const suffixScale = SUFFIX_SCALES.get(suffix);
  if (suffixScale !== undefined) value *= suffixScale;
  else if (suffix && !isDecade) unit = suffix; // "10km" → km
  const previous = tokens[index - 1];
  const currency =
    previous && previous.end === token.start
      ? CURRENCY_SYMBOLS.get(previous.text)
      : undefined;
  if (previous && currency) {
    startOffset = previous.start;
    startIndex = index - 1;
    unit = currency;
  }
  const next = tokens[end];
  if (next && next.text === "%" && next.start === token.end) {
    unit = "percent";
    end += 1;
  } else if (next && PERCENT_WORDS.has(next.lower)) {
    unit = "percent";
    end += 1;
  } else if (next?.lower === "per" && tokens[end + 1]?.lower === "cent") {
    unit = "percent";
    end += 2;
  }
  let scaled = false;
  while (tokens[end] && SCALE_WORDS.has(tokens[end]?.lower ?? "")) {
    value *= SCALE_WORDS.get(tokens[end]?.lower ?? "") ?? 1;
    scaled = true;
    end += 1;
  }
  // A bare four-digit number between 1900 and 2099 is a year in news prose: counts that large
  // are written with a separator ("2,000 troops"), so the rare bare count is the better loss.
  const isYear =
    FOUR_DIGITS_RE.test(digits) &&
    value >= 1900 &&
    value <= 2099 &&
    !currency &&
    !scaled &&
    unit === null &&
    !suffixScale;
  const last = tokens[end - 1] ?? token;
  const isDecadeYear = isDecade && value >= 1900 && value <= 2099;
  return {
    startIndex,
    end,
    value,
    unit,
    isYear: isYear || isDecadeYear,
    startOffset,
    endOffset: last.end,
  };
}

function parseDigitGroups(digits: string): number {
  if (THOUSANDS_RE.test(digits)) return Number(digits.replace(/,/g, ""));
  if (digits.indexOf(".") !== digits.lastIndexOf("."))
    return Number(digits.replace(/\./g, "")); // 1.000.000
  return Number(digits.replace(",", "."));
}

/** "C5+1", "F-35", "COVID-19": digits glued to a word are part of a name, not a quantity. */
function isGluedToWord(view: SentenceView, index: number): boolean {
  const token = view.tokens[index];
  const previous = view.tokens[index - 1];
  if (!token || !previous || previous.end !== token.start) return false;
  if (previous.kind === "word") return true;
  const beforePrevious = view.tokens[index - 2];
  return (
    (previous.text === "+" || previous.text === "-" || previous.text === "/") &&
    beforePrevious !== undefined &&
    beforePrevious.end === previous.start &&
    beforePrevious.kind === "word" &&
    (beforePrevious.text.length <= 3 ||
      beforePrevious.text === beforePrevious.text.toUpperCase())
  );
}

function isMonthToken(token: Token | undefined): boolean {
  if (!token || !token.isCap) return false;
  return MONTHS.has(token.lower) || MONTH_ABBREVIATIONS.has(token.lower);
}

/** "July 31", "31 July", "Aug. 8": the day belongs to a date. */
function isDayOfMonth(
  tokens: readonly Token[],
  index: number,
  digits: string,
): boolean {
  if (!DAY_DIGITS_RE.test(digits) || Number(digits) < 1 || Number(digits) > 31)
    return false;
  const previous = tokens[index - 1];
  const beforeDot = previous?.text === "." ? tokens[index - 2] : previous;
  return isMonthToken(beforeDot) || isMonthToken(tokens[index + 1]);
}

/** "between 10 and 15 people": the first number takes the second one's unit. */
function shareRangeUnits(view: SentenceView, mentions: NumberMention[]): void {
  for (let i = 0; i + 1 < mentions.length; i += 1) {
    const first = mentions[i];
    const second = mentions[i + 1];
    if (
      !first ||
      !second ||
      first.unit !== null ||
      first.isYear ||
      second.unit === null
    )
      continue;
    const between = view.text
      .slice(first.end, second.start)
      .trim()
      .toLowerCase();
    if (RANGE_CONNECTORS.has(between)) first.unit = second.unit;
  }
}
