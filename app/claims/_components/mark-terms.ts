import { normalizeSearchWord, type SearchHighlight } from "@/lib/search/parse-search-query";

export interface MarkedPart {
  text: string;
  isMatch: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/** Context kept on each side of the first match when a long wording is cut to an excerpt. */
const EXCERPT_CONTEXT_CHARS = 90;

/**
 * Splits `text` into runs, marking the words a search matched: the same word after case and
 * accent folding, or a word starting with it where the search matched a beginning (never for
 * numbers). Mirrors what FTS5 matched, so the marks show why a result is there.
 */
export function markTerms(text: string, terms: readonly SearchHighlight[]): MarkedPart[] {
  if (terms.length === 0) return [{ text, isMatch: false }];
  const parts: MarkedPart[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const word = normalizeSearchWord(match[0]);
    if (!terms.some((term) => (term.isPrefix ? word.startsWith(term.word) : word === term.word))) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index), isMatch: false });
    parts.push({ text: match[0], isMatch: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), isMatch: false });
  return parts;
}

/**
 * A long wording cut to the part around its first marked word, with ellipses where it was cut
 * (at word boundaries); short wordings come back whole.
 */
export function excerptParts(parts: MarkedPart[], maxChars = EXCERPT_CONTEXT_CHARS * 2 + 40): MarkedPart[] {
  const length = parts.reduce((sum, part) => sum + part.text.length, 0);
  if (length <= maxChars) return parts;
  const text = parts.map((part) => part.text).join("");
  const firstMatch = parts.findIndex((part) => part.isMatch);
  const matchStart = firstMatch < 0 ? 0 : parts.slice(0, firstMatch).reduce((sum, part) => sum + part.text.length, 0);
  let start = Math.max(0, matchStart - EXCERPT_CONTEXT_CHARS);
  let end = Math.min(text.length, start + maxChars);
  if (start > 0) start = text.indexOf(" ", start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
  const cut: MarkedPart[] = [];
  let offset = 0;
  for (const part of parts) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + part.text.length);
    if (from < to) cut.push({ text: part.text.slice(from - offset, to - offset), isMatch: part.isMatch });
    offset += part.text.length;
  }
  if (start > 0) cut.unshift({ text: "… ", isMatch: false });
  if (end < text.length) cut.push({ text: " …", isMatch: false });
  return cut;
}
