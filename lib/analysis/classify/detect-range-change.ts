/**
 * range-narrowed / range-widened: "within months or even weeks" → "within weeks" (hardened: only
 * the bolder end is kept), "between 10 and 20 people" → "20 people"; and the reverse (softened).
 * Time ranges come from the features' `alternatives`; numeric ranges from number-ranges.ts.
 */
import type { TimeMention } from "../types";
import { findNumberRanges, type NumberRange } from "./number-ranges";
import { createFinding, quoteWords } from "./reason-codes";
import { collect } from "./sentence-words";
import type { Detector, Finding, SentenceView } from "./types";

/** Compares time ranges and numeric ranges. */
export const detectRangeChange: Detector = (ref, der) => {
  const findings: Finding[] = [];
  compareTimes(collect(ref, "times"), der.features.times, findings);
  compareNumbers(ref, der, findings);
  return findings;
};

function normalise(alternative: string): string {
  return alternative.toLowerCase().replace(/^(?:the|a|an)\s+/, "");
}

const YEAR_RE = /^\d{4}$/;

/** "in 2020 and 2021" lists two years (two events), it is not a range of one. */
function isYearList(time: TimeMention): boolean {
  return (
    time.alternatives.every((alternative) => YEAR_RE.test(alternative)) &&
    / and /i.test(time.text)
  );
}

function compareTimes(
  refTimes: readonly TimeMention[],
  derTimes: readonly TimeMention[],
  findings: Finding[],
): void {
  for (const derTime of derTimes) {
    const derAlternatives = new Set(derTime.alternatives.map(normalise));
    for (const refTime of refTimes) {
      if (isYearList(refTime) || isYearList(derTime)) continue;
      const refAlternatives = new Set(refTime.alternatives.map(normalise));
      const shared = [...derAlternatives].filter((alternative) =>
        refAlternatives.has(alternative),
      );
      if (shared.length === 0) continue;
      const evidence = { reference: refTime.text, derivative: derTime.text };
      if (
        shared.length === derAlternatives.size &&
        derAlternatives.size < refAlternatives.size
      ) {
        findings.push(
          createFinding(
            "range-narrowed",
            `${quoteWords(refTime.text)} became ${quoteWords(derTime.text)}: only part of the range is kept.`,
            evidence,
          ),
        );
      } else if (
        shared.length === refAlternatives.size &&
        refAlternatives.size < derAlternatives.size
      ) {
        findings.push(
          createFinding(
            "range-widened",
            `${quoteWords(refTime.text)} became ${quoteWords(derTime.text)}: the range is wider than the reference's.`,
            evidence,
          ),
        );
      }
    }
  }
}

function compareNumbers(
  ref: readonly SentenceView[],
  der: SentenceView,
  findings: Finding[],
): void {
  const refRanges = ref.flatMap((view) => findNumberRanges(view));
  const derRanges = findNumberRanges(der);
  const refNumbers = collect(ref, "numbers");
  const derNumbers = der.features.numbers;
  for (const range of refRanges) {
    if (derRanges.some((other) => isSameRange(range, other))) continue;
    const kept = derNumbers.find(
      (number) =>
        number.value === range.low.value || number.value === range.high.value,
    );
    if (
      !kept ||
      derRanges.some((other) => other.low === kept || other.high === kept)
    )
      continue;
    const text = rangeText(ref, range);
    findings.push(
      createFinding(
        "range-narrowed",
        `${quoteWords(text)} became ${quoteWords(kept.text)}: one end of the range is given as the figure.`,
        { reference: text, derivative: kept.text },
      ),
    );
  }
  for (const range of derRanges) {
    if (refRanges.some((other) => isSameRange(range, other))) continue;
    const source = refNumbers.find(
      (number) =>
        number.value === range.low.value || number.value === range.high.value,
    );
    if (
      !source ||
      refRanges.some((other) => other.low === source || other.high === source)
    )
      continue;
    const text = rangeText([der], range);
    findings.push(
      createFinding(
        "range-widened",
        `${quoteWords(source.text)} became ${quoteWords(text)}: a range where the reference gives one figure.`,
        { reference: source.text, derivative: text },
      ),
    );
  }
}

function isSameRange(a: NumberRange, b: NumberRange): boolean {
  return a.low.value === b.low.value && a.high.value === b.high.value;
}

function rangeText(views: readonly SentenceView[], range: NumberRange): string {
  const view = views.find(
    (candidate) =>
      range.low.start >= candidate.start && range.high.end <= candidate.end,
  );
  return view
    ? view.text.slice(range.low.start, range.high.end)
    : `${range.low.text} … ${range.high.text}`;
}
