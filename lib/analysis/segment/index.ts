/**
 * Stage 2, segment: the article body as sentences with exact offsets and a kind.
 *
 * Each body line is a unit (hard-wrapped lines are joined first); the headline and short
 * unpunctuated lines are one sentence each, other units are split by `splitSentences`, then
 * over-long sentences are cut.
 */
import type { Sentence, SentenceKind, Span } from "../types";
import { capSentenceLength } from "./cap-length";
import {
  endsWithFinalPunctuation,
  findNextOf,
  isSpaceCode,
} from "./characters";
import { splitSentences, type Range } from "./split-sentences";

// Subheads are short: "Why Azerbaijan matters", "What happens next". Longer unpunctuated lines are
// truncated prose and are split like prose.
const maxSubheadWords = 15;
// A lone short question ("A symbolic win for Trump?") between paragraphs is a subhead too.
const maxQuestionSubheadWords = 10;

const lineBreakPattern = /[\n\r]/g;
const bulletPrefix = /^([-–—•*▪◦·‣●]|\d{1,2}[.)])\s+/;
const finalPunctuation = /[.!?…]["'”’)\]»]*$/;

/**
 * Splits the body spans of `text` into sentences: the headline (the unit covering `title`, added
 * even when no body span covers it) gets kind "headline", short lines without final punctuation
 * "subhead", list lines "bullet", the rest "body". Offsets are UTF-16 indexes into `text`, and
 * `text.slice(start, end) === sentence.text`; sentence spans are trimmed of whitespace.
 */
export function segmentSentences(
  text: string,
  body: Span[],
  title: Span | null,
): Sentence[] {
  const units = collectUnits(text, body, title);
  const sentences: Sentence[] = [];
  for (const [start, end] of units) {
    const unitText = text.slice(start, end);
    const isHeadline = title !== null && start < title.end && title.start < end;
    const kind: SentenceKind = isHeadline
      ? "headline"
      : bulletPrefix.test(unitText)
        ? "bullet"
        : isSubhead(unitText)
          ? "subhead"
          : "body";
    const ranges =
      kind === "headline" || kind === "subhead"
        ? [[start, end] as Range]
        : splitUnit(text, start, end, kind);
    for (const [rangeStart, rangeEnd] of capSentenceLength(text, ranges)) {
      const [trimmedStart, untrimmedEnd] = trimRange(text, rangeStart, rangeEnd);
      const trimmedEnd = dropLinkArtefact(text, trimmedStart, untrimmedEnd);
      if (trimmedEnd <= trimmedStart) continue;
      sentences.push({
        index: sentences.length,
        start: trimmedStart,
        end: trimmedEnd,
        text: text.slice(trimmedStart, trimmedEnd),
        kind,
      });
    }
  }
  return sentences;
}

/** Sentence ranges of a prose or list unit; a list marker ("1. ") is kept with its first sentence, never split off. */
function splitUnit(
  text: string,
  start: number,
  end: number,
  kind: SentenceKind,
): Range[] {
  const markerLength =
    kind === "bullet"
      ? (bulletPrefix.exec(text.slice(start, start + 8))?.[0].length ?? 0)
      : 0;
  const ranges = splitSentences(text, start + markerLength, end);
  const first = ranges[0];
  if (first) first[0] = start;
  return ranges;
}

/** Whether a unit is a subhead: short without final punctuation, or a lone short question. */
function isSubhead(unitText: string): boolean {
  const wordCount = countSplitWords(unitText, maxSubheadWords + 1);
  if (!endsWithFinalPunctuation(unitText, 0, unitText.length))
    return wordCount <= maxSubheadWords;
  return (
    wordCount <= maxQuestionSubheadWords &&
    /\?$/.test(unitText) &&
    !/["“”«»]/.test(unitText)
  );
}

/** `text.split(/\s+/, limit).length`, counted without building the array. */
function countSplitWords(text: string, limit: number): number {
  let count = 1;
  let at = 0;
  while (at < text.length && count < limit) {
    if (!isSpaceCode(text.charCodeAt(at))) {
      at++;
      continue;
    }
    while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
    count++;
  }
  return count;
}

/**
 * The trimmed lines of the body spans (and of the title when no span covers it), in text order,
 * with hard-wrapped continuations (a next line starting in lower case after a line without final
 * punctuation) joined to the line they continue.
 */
function collectUnits(
  text: string,
  body: readonly Span[],
  title: Span | null,
): Range[] {
  const spans = [...body];
  if (
    title &&
    !body.some((span) => span.start <= title.start && title.end <= span.end)
  )
    spans.push(title);
  spans.sort((a, b) => a.start - b.start);
  const units: Range[] = [];
  for (const span of spans) {
    for (const line of splitLineRanges(text, span.start, span.end)) {
      const previous = units.at(-1);
      if (previous && isContinuation(text, previous, line, title))
        previous[1] = line[1];
      else units.push(line);
    }
  }
  return units;
}

/** Whether `line` continues `previous` across a single line break (a hard-wrapped paragraph). */
function isContinuation(
  text: string,
  previous: Range,
  line: Range,
  title: Span | null,
): boolean {
  if (title && previous[0] < title.end && title.start < previous[1])
    return false;
  const gap = text.slice(previous[1], line[0]);
  if (!/^[^\S\r\n]*(\r\n|\r|\n)[^\S\r\n]*$/.test(gap)) return false;
  const previousText = text.slice(
    Math.max(previous[0], previous[1] - 8),
    previous[1],
  );
  return (
    !finalPunctuation.test(previousText) &&
    !/:$/.test(previousText) &&
    /^\p{Ll}/u.test(text[line[0]]!)
  );
}

/** The trimmed, non-empty lines of `text[start, end)`. */
function splitLineRanges(text: string, start: number, end: number): Range[] {
  const lines: Range[] = [];
  const scope = text.slice(start, end);
  let lineStart = start;
  for (;;) {
    const i = start + findNextOf(lineBreakPattern, scope, lineStart - start);
    const [trimmedStart, trimmedEnd] = trimRange(text, lineStart, i);
    if (trimmedEnd > trimmedStart) lines.push([trimmedStart, trimmedEnd]);
    if (i >= end) return lines;
    lineStart = i + 1;
  }
}

// Copied wire pages keep a link's screen-reader label: "…has provoked global anger, opens new tab."
const linkArtefact = /,?\s*opens? (in )?(a )?new (tab|window)\s*[.!?]?$/i;
// The artefact with its comma and period is under 25 characters; only that tail is tested (cost guard).
const linkArtefactTail = 32;

/** The end of a sentence without a trailing "opens new tab" link label (page text, not the article's). */
function dropLinkArtefact(text: string, start: number, end: number): number {
  const tailStart = Math.max(start, end - linkArtefactTail);
  const match = linkArtefact.exec(text.slice(tailStart, end));
  return match ? tailStart + match.index : end;
}

/** `[start, end)` without leading and trailing whitespace. */
function trimRange(text: string, start: number, end: number): Range {
  let trimmedStart = start;
  let trimmedEnd = end;
  while (
    trimmedStart < trimmedEnd &&
    isSpaceCode(text.charCodeAt(trimmedStart))
  )
    trimmedStart++;
  while (
    trimmedEnd > trimmedStart &&
    isSpaceCode(text.charCodeAt(trimmedEnd - 1))
  )
    trimmedEnd--;
  return [trimmedStart, trimmedEnd];
}
