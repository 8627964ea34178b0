/**
 * Direct quotations in straight or curly double quotes, and single-quoted ones (‘…’ or '…' at
 * word boundaries, as headlines use them). The span is the words inside the marks. A quote that
 * opens in this sentence and closes in a later one runs to the sentence end; one that closes
 * here without opening runs from the sentence start. Short scare quotes are kept too: whether
 * "pretty close" is a quotation worth checking is the classifier's call.
 */
import type { QuoteMention } from "../types";
import type { AttributionFinding, OffsetRange } from "./attributions";
import { MAX_SENTENCE_CHARS, type SentenceView } from "../text/tokenize";
import { SUBJECT_PRONOUNS } from "../lexicon/attribution";

/** A quotation's marks and inner words (absolute offsets; a missing mark is -1). */
export interface QuoteRange extends OffsetRange {
  openMark: number;
  closeMark: number;
}

const OPENING_CONTEXT_RE = /[\s([{\u2014\u2013\-:]/; // what may precede an opening mark
const WHITESPACE_RE = /\s/;
const QUOTE_MARK_RE = /[“”"'’]/;
const LETTER_RE = /[\p{L}\p{N}]/u;
const TRIM_CHARS = " \t\r\n,.;:\u2014\u2013-\u00a0";
// "…,” he said." in the following sentence: the speaker is the pronoun.
const NEXT_PRONOUN_RE =
  /^\s*[“”"'’]?\s*(he|she|they|we|i)\s+(?:also\s+|later\s+|then\s+)?(?:said|says|added|adds|told|continued|wrote|noted|explained|argued|insisted)\b/i;
// Only the start of the next sentence is read for that check.
const NEXT_LOOKAHEAD_CHARS = 80;
// Text allowed between a quote and its attribution: "…,” said X" / "X said: “…".
const AFTER_GAP_RE = /^[\s,.;:\u2014\u2013-]*$/;
const BEFORE_GAP_RE = /^[\s,:;\u2014\u2013-]*$/;

/** Where the quotations of the sentence are; attributions use this to ignore quoted words. */
export function findQuoteRanges(view: SentenceView): QuoteRange[] {
  const { text, start } = view;
  const end = Math.min(view.end, start + MAX_SENTENCE_CHARS);
  const ranges: QuoteRange[] = [];
  let doubleOpen: number | null = null;
  let singleOpen: number | null = null;
  let sawDouble = false;
  for (let at = start; at < end; at += 1) {
    const char = text.charAt(at);
    if (
      char !== "“" &&
      char !== "”" &&
      char !== '"' &&
      char !== "‘" &&
      char !== "’" &&
      char !== "'"
    )
      continue;
    const before = at > start ? text.charAt(at - 1) : " ";
    const after = at + 1 < end ? text.charAt(at + 1) : " ";
    const isOpeningPlace =
      OPENING_CONTEXT_RE.test(before) && !WHITESPACE_RE.test(after);
    if (char === "“" || char === "”" || char === '"') {
      if (doubleOpen !== null) {
        // Any closing or straight mark closes; a second “ before a close is a typo and ignored.
        if (char !== "“") {
          pushRange(text, ranges, doubleOpen, at);
          doubleOpen = null;
        }
      } else if (char === "“" || (char === '"' && isOpeningPlace)) {
        doubleOpen = at;
      } else if (!sawDouble) {
        pushRange(text, ranges, -1, at, start); // closes a quote opened in an earlier sentence
      }
      sawDouble = true;
    } else if (
      char === "‘" ||
      (char === "'" && isOpeningPlace && LETTER_RE.test(after))
    ) {
      if (singleOpen === null && LETTER_RE.test(after)) singleOpen = at;
    } else if (
      singleOpen !== null &&
      !LETTER_RE.test(after) &&
      !WHITESPACE_RE.test(before)
    ) {
      // ’ or ' followed by a non-letter closes; "Trump’s" and "don't" are apostrophes.
      pushRange(text, ranges, singleOpen, at);
      singleOpen = null;
    }
  }
  if (doubleOpen !== null)
    pushRange(text, ranges, doubleOpen, -1, undefined, end);
  return ranges.sort((a, b) => a.start - b.start);
}

function pushRange(
  text: string,
  ranges: QuoteRange[],
  openMark: number,
  closeMark: number,
  sentenceStart?: number,
  sentenceEnd?: number,
): void {
  let innerStart = openMark >= 0 ? openMark + 1 : (sentenceStart ?? 0);
  let innerEnd = closeMark >= 0 ? closeMark : (sentenceEnd ?? text.length);
  while (innerStart < innerEnd && TRIM_CHARS.includes(text.charAt(innerStart)))
    innerStart += 1;
  while (
    innerEnd > innerStart &&
    TRIM_CHARS.includes(text.charAt(innerEnd - 1))
  )
    innerEnd -= 1;
  // Unclosed at the sentence end: leave the closing punctuation of the sentence out.
  while (
    closeMark < 0 &&
    innerEnd > innerStart &&
    QUOTE_MARK_RE.test(text.charAt(innerEnd - 1))
  )
    innerEnd -= 1;
  if (innerEnd <= innerStart) return;
  ranges.push({ start: innerStart, end: innerEnd, openMark, closeMark });
}

/**
 * The quotations with their speakers. `attributions` are the sentence's own (quoted words
 * excluded); `next` is the following sentence, read only for "he said"-style credits.
 */
export function findQuotes(
  view: SentenceView,
  ranges: readonly QuoteRange[],
  attributions: readonly AttributionFinding[],
  next?: { start: number; end: number },
): QuoteMention[] {
  const { text } = view;
  const speakers = attributions.filter((finding) => !finding.isChannel);
  return ranges.map((range) => {
    const credited = pickSpeaker(text, range, speakers);
    if (credited) {
      const isPronoun = SUBJECT_PRONOUNS.has(credited.source.toLowerCase());
      return {
        ...toSpan(text, range),
        speaker: credited.source,
        speakerKind: isPronoun ? null : credited.sourceKind,
      };
    }
    const pronoun =
      speakers.length === 0 && endsSentence(view, range)
        ? findNextPronoun(text, next)
        : null;
    return { ...toSpan(text, range), speaker: pronoun, speakerKind: null };
  });
}

function toSpan(
  text: string,
  range: OffsetRange,
): { start: number; end: number; text: string } {
  return {
    start: range.start,
    end: range.end,
    text: text.slice(range.start, range.end),
  };
}

function pickSpeaker(
  text: string,
  range: QuoteRange,
  speakers: readonly AttributionFinding[],
): AttributionFinding | null {
  const closeEnd = range.closeMark >= 0 ? range.closeMark + 1 : range.end;
  const openStart = range.openMark >= 0 ? range.openMark : range.start;
  const afterQuote = speakers.find(
    (finding) =>
      finding.start >= closeEnd &&
      AFTER_GAP_RE.test(text.slice(closeEnd, finding.start)),
  );
  if (afterQuote) return afterQuote;
  const beforeQuote = speakers.find(
    (finding) =>
      finding.end <= openStart &&
      BEFORE_GAP_RE.test(text.slice(finding.end, openStart)),
  );
  if (beforeQuote) return beforeQuote;
  const preceding = speakers.filter((finding) => finding.end <= openStart);
  const nearestBefore = preceding[preceding.length - 1];
  if (nearestBefore) return nearestBefore;
  return (
    speakers.find((finding) => finding.verb === "according to") ??
    speakers.find((finding) => finding.start >= closeEnd) ??
    null
  );
}

/** true when nothing but punctuation and closing marks follows the quotation. */
function endsSentence(view: SentenceView, range: QuoteRange): boolean {
  const from = range.closeMark >= 0 ? range.closeMark + 1 : range.end;
  return !LETTER_RE.test(
    view.text.slice(from, Math.min(view.end, from + MAX_SENTENCE_CHARS)),
  );
}

function findNextPronoun(
  text: string,
  next?: { start: number; end: number },
): string | null {
  if (!next) return null;
  const head = text.slice(
    next.start,
    Math.min(next.end, next.start + NEXT_LOOKAHEAD_CHARS),
  );
  return NEXT_PRONOUN_RE.exec(head)?.[1] ?? null;
}

// What may stand between a sentence's start and its first quotation for the sentence to open
// with it: spaces and the opening mark itself.
const OPENS_WITH_QUOTE_RE = /^[\s“"‘']*$/;

/**
 * News style names a speaker once per run of quotations: “We are not asking for embassies,” an
 * official said. “What we want is a platform.” A sentence that opens with an uncredited quotation,
 * carries no attribution of its own and follows a credited quotation in the same paragraph
 * continues that speaker's words, so its quotations take that speaker (and a run of several
 * sentences passes it along). A paragraph break ends the run: the next quotation may be anyone's.
 * Updates `features` in place; `sentences[i]` and `features[i]` belong together.
 */
export function creditContinuedQuotes(
  text: string,
  sentences: readonly { start: number; end: number }[],
  features: { quotes: QuoteMention[]; attributions: readonly unknown[] }[],
): void {
  for (let index = 1; index < sentences.length; index += 1) {
    const sentence = sentences[index];
    const before = sentences[index - 1];
    const current = features[index];
    const previous = features[index - 1];
    const first = current?.quotes[0];
    if (!sentence || !before || !current || !previous || !first) continue;
    if (first.speaker !== null || current.attributions.length > 0) continue;
    if (!OPENS_WITH_QUOTE_RE.test(text.slice(sentence.start, first.start))) continue;
    if (text.slice(before.end, sentence.start).includes("\n")) continue;
    const credited = previous.quotes.findLast((quote) => quote.speaker !== null);
    if (!credited) continue;
    current.quotes = current.quotes.map((quote) =>
      quote.speaker === null ? { ...quote, speaker: credited.speaker, speakerKind: credited.speakerKind } : quote,
    );
  }
}
