/**
 * time-changed: the derivative dates the event differently — "in March" → "in May", "on
 * Tuesday" → "on Thursday", "July 31" → "July 30", "in spring" → "in autumn". Calendar words
 * are compared by kind (month with month, weekday with weekday); a kind only one side uses is
 * extra or missing detail, not a change. Years are compared by detect-number-change.
 */
import type { TimeMention } from "../types";
import { createFinding, quoteWords } from "./reason-codes";
import { memoizeByView } from "./sentence-words";
import type { Detector, Finding, SentenceView } from "./types";
import { MAX_SENTENCE_CHARS } from "../text/limits";
import { MONTH_ABBREVIATIONS, MONTHS, NUMBER_WORDS, WEEKDAYS } from "../lexicon/common";

type CalendarKind = "month" | "weekday" | "season" | "date";

// "fall" is autumn only inside a time expression, which is all this reads.
const SEASONS = new Map([
  ["spring", "spring"],
  ["summer", "summer"],
  ["autumn", "autumn"],
  ["fall", "autumn"],
  ["winter", "winter"],
]);
const TIME_WORD_RE = /[\p{L}]+|\d{1,2}(?!\d)/gu;
const EDGE_PREFIX_RE = /^(?:mid|early|late)-/;

interface CalendarKey {
  kind: CalendarKind;
  value: string;
  text: string;
}

/** The calendar words of a time expression: months, weekdays, seasons and "month day" dates. */
function readCalendar(time: TimeMention): CalendarKey[] {
  const keys: CalendarKey[] = [];
  const words = [
    ...time.text
      .toLowerCase()
      .replace(EDGE_PREFIX_RE, "")
      .matchAll(TIME_WORD_RE),
  ].map((match) => match[0]);
  words.forEach((word, index) => {
    const month = MONTHS.get(word) ?? MONTH_ABBREVIATIONS.get(word);
    if (month !== undefined) {
      keys.push({ kind: "month", value: String(month), text: time.text });
      const day = words[index + 1] ?? "";
      const before = words[index - 1] ?? "";
      const dayNumber = /^\d{1,2}$/.test(day)
        ? day
        : /^\d{1,2}$/.test(before)
          ? before
          : null;
      if (dayNumber !== null)
        keys.push({
          kind: "date",
          value: `${month}-${Number(dayNumber)}`,
          text: time.text,
        });
      return;
    }
    if (WEEKDAYS.has(word))
      keys.push({ kind: "weekday", value: word, text: time.text });
    const season = SEASONS.get(word);
    if (season !== undefined)
      keys.push({ kind: "season", value: season, text: time.text });
  });
  return keys;
}

/** Time text → its calendar words: a pure function of the text, memoised across articles. */
const calendarMemo = new Map<string, CalendarKey[]>();
/** Cleared past this size: a story repeats a few hundred time expressions; memory stays bounded. */
const MAX_CALENDAR_MEMO = 5_000;

function readCalendarMemoised(time: TimeMention): CalendarKey[] {
  const cached = calendarMemo.get(time.text);
  if (cached !== undefined) return cached;
  if (calendarMemo.size >= MAX_CALENDAR_MEMO) calendarMemo.clear();
  const keys = readCalendar(time);
  calendarMemo.set(time.text, keys);
  return keys;
}

const readViewCalendar = memoizeByView((view: SentenceView) =>
  view.features.times.flatMap(readCalendarMemoised),
);

/** Days in a unit of elapsed time. */
const UNIT_DAYS = new Map([
  ["day", 1],
  ["week", 7],
  ["fortnight", 14],
  ["month", 30],
  ["year", 365],
]);
// "a fortnight ago", "about a week ago", "two weeks earlier", "10 days later": a counted span before
// or after the event. Vague counts ("a few weeks ago") name no length and are left out.
const ELAPSED_RE =
  /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(day|week|fortnight|month|year)s?\s+(ago|earlier|later|before|after)\b/gi;
// Two elapsed spans differ when one is at least this many times the other: "a fortnight" against
// "a week" (2×) is a change; "14 days" against "two weeks" (1×) is the same. Rounding in news prose
// ("about a month" for five weeks) stays under 1.5×.
const MIN_ELAPSED_RATIO = 1.5;

interface Elapsed {
  days: number;
  direction: "before" | "after";
  text: string;
}

const readElapsed = memoizeByView((view: SentenceView): Elapsed[] => {
  const text = view.text.slice(view.start, Math.min(view.end, view.start + MAX_SENTENCE_CHARS));
  const found: Elapsed[] = [];
  for (const match of text.matchAll(ELAPSED_RE)) {
    const [whole, countWord = "", unit = "", side = ""] = match;
    const lower = countWord.toLowerCase();
    const count = lower === "a" || lower === "an" ? 1 : (NUMBER_WORDS.get(lower) ?? Number(lower));
    const unitDays = UNIT_DAYS.get(unit.toLowerCase());
    if (!Number.isFinite(count) || unitDays === undefined) continue;
    const direction = /^(?:later|after)$/i.test(side) ? "after" : "before";
    found.push({ days: count * unitDays, direction, text: whole });
  }
  return found;
});

/** "a fortnight ago" → "about a week ago": the same kind of span, a different length. */
function compareElapsed(ref: readonly SentenceView[], der: SentenceView): Finding[] {
  const derSpans = readElapsed(der);
  if (derSpans.length === 0) return [];
  const refSpans = ref.flatMap((view) => readElapsed(view));
  for (const item of derSpans) {
    const sameSide = refSpans.filter((other) => other.direction === item.direction);
    if (sameSide.length === 0) continue;
    const isSame = sameSide.some(
      (other) => Math.max(other.days, item.days) / Math.min(other.days, item.days) < MIN_ELAPSED_RATIO,
    );
    const [other] = sameSide;
    if (isSame || !other) continue;
    return [
      createFinding(
        "time-changed",
        `The reference says ${quoteWords(other.text)}; the derivative says ${quoteWords(item.text)}.`,
        { reference: other.text, derivative: item.text },
      ),
    ];
  }
  return [];
}

/** Compares the calendar words of the two sides, kind by kind, and elapsed spans by length. */
export const detectTimeChange: Detector = (ref, der) => {
  const elapsed = compareElapsed(ref, der);
  if (elapsed.length > 0) return elapsed;
  const derKeys = readViewCalendar(der);
  if (derKeys.length === 0) return []; // every finding names a derivative calendar word
  const refKeys =
    ref.length === 1
      ? readViewCalendar(ref[0] as SentenceView)
      : ref.flatMap(readViewCalendar);
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const key of derKeys) {
    const sameKind = refKeys.filter((other) => other.kind === key.kind);
    if (
      sameKind.length === 0 ||
      sameKind.some((other) => other.value === key.value)
    )
      continue;
    const missing = sameKind.find(
      (other) =>
        !derKeys.some(
          (mine) => mine.kind === other.kind && mine.value === other.value,
        ),
    );
    // A date's month is compared as a month too; report each derivative expression once.
    if (!missing || reported.has(key.text)) continue;
    reported.add(key.text);
    findings.push(
      createFinding(
        "time-changed",
        `The reference says ${quoteWords(missing.text)}; the derivative says ${quoteWords(key.text)}.`,
        { reference: missing.text, derivative: key.text },
      ),
    );
  }
  return findings;
};
