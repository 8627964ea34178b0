/**
 * Wire desks end a story with notes run into its last line: "($1 = 128.5 Kenyan shillings)
 * (Reporting by A; Writing by B; Editing by C)". The line is kept, the notes are cut off it as
 * chrome, so a prose sentence before them stays in the article.
 */
import type { ExcludedSpan, Span } from "../types";
import { agencies } from "./chrome-shape-rules";

// A bracketed desk credit closing a line: "(Reporting by …; Editing by …)". 400 characters: the
// longest credit block in the eval and seed references is under 150, with room for long teams.
const trailingCredit =
  /\(\s*(additional )?(reporting|writing|editing|reported|written|edited|compiled|translated|graphics|research|fact-?checking|produced) by [^()]{2,400}\)\s*$/iu;
// An agency tag closing a paragraph: "… with Gaza. (AFP Inputs)", "(With inputs from agencies)".
const trailingAgencyTag = new RegExp(
  `(?<=[.!?…"”’]\\s*)\\(\\s*((with )?(inputs?|reporting) (from|by) [^()]{2,40}|(${agencies})( inputs?| contributed)?|with (${agencies}) inputs?)\\s*\\.?\\s*\\)\\s*$`,
  "iu",
);
// A currency footnote "($1 = 0.92 euros)" at the head of a line (Reuters puts it before the credit).
const leadingCurrencyNote = /^\(\s*\p{Sc}?\s*1\s*=\s*\p{Sc}?\s*[\d.,]+\s+[\p{L} ]{2,40}\)\s*/u;

/**
 * Splits one body line into its article part (null when nothing is left) and the notes cut off
 * it. Offsets index the page text; every span is trimmed and slices back exactly.
 */
export function splitLineNotes(line: Span): { body: Span | null; notes: ExcludedSpan[] } {
  // Cost guard: every note closes the line with ")"; other lines (nearly all) are not scanned.
  if (!line.text.endsWith(")")) return { body: line, notes: [] };
  const notes: ExcludedSpan[] = [];
  let start = line.start;
  let end = line.end;
  let text = line.text;
  const credit = trailingCredit.exec(text) ?? trailingAgencyTag.exec(text);
  if (credit) {
    const creditStart = start + credit.index;
    notes.push(trimmedSpan(line, creditStart, end));
    end = creditStart;
    text = line.text.slice(0, creditStart - line.start);
  }
  const currency = notes.length > 0 ? leadingCurrencyNote.exec(text) : null;
  if (currency) {
    notes.unshift(trimmedSpan(line, start, start + currency[0].length));
    start += currency[0].length;
  }
  if (notes.length === 0) return { body: line, notes };
  const rest = trimmedSpan(line, start, end);
  return { body: rest.end > rest.start ? { start: rest.start, end: rest.end, text: rest.text } : null, notes };
}

function trimmedSpan(line: Span, start: number, end: number): ExcludedSpan {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(line.text.charAt(s - line.start))) s++;
  while (e > s && /\s/.test(line.text.charAt(e - 1 - line.start))) e--;
  return { start: s, end: e, text: line.text.slice(s - line.start, e - line.start), reason: "author-box" };
}
