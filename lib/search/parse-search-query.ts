/**
 * The search box's syntax, parsed into a structure the database layer turns into FTS5 syntax.
 * Pure: no database, no zod, no Node. Every input parses (bad syntax degrades to plain words), and
 * only words reach the result, so nothing typed can ever become FTS5 syntax by itself.
 *
 * The syntax (documented under the search box on /claims):
 * - words: every word must occur, in any order; a word of two or more letters also matches as a
 *   beginning ("Lights" finds "Lightstone"); case and accents do not matter;
 * - `A OR B` (upper case, as in most search engines; lower-case "or" is a word): either;
 * - `-word`, `-"a phrase"` or `NOT word`: leaves out claims whose wording contains it;
 * - `"a phrase"`: these words next to each other, whole words only (an unclosed quote runs to the
 *   end of the query);
 * - numbers match whatever way they are written: 60000 = 60,000 = 60 000 = 60 thousand = 60k,
 *   1.5 million = 1,500,000 = 1.5m; numbers match whole, never as beginnings ("60" does not find
 *   "600"); `AND` is accepted and changes nothing (every word must occur anyway).
 */

/** One way of matching: words that must occur next to each other (one word = a single term). */
export interface SearchPhrase {
  words: string[];
  /** Whether the last word also matches as a beginning. */
  isPrefix: boolean;
}

export interface SearchQuery {
  /** Every group must match; a group matches when any of its phrases does (OR, number forms). */
  groups: SearchPhrase[][];
  /** A claim whose wording matches any of these is left out. */
  excluded: SearchPhrase[];
  /** Every word of `groups`, for marking the matches in results (empty when nothing is searched). */
  highlights: SearchHighlight[];
}

/** A word to mark in a result, as the search matched it. */
export interface SearchHighlight {
  word: string;
  isPrefix: boolean;
}

/** Most items (words, phrases, numbers) a query keeps; more only slow the match without narrowing it usefully. */
export const MAX_SEARCH_ITEMS = 8;
/** Most words in one quoted phrase. */
const MAX_PHRASE_WORDS = 8;
/** Longest word kept; real words are far shorter, and a huge token would only bloat the query. */
const MAX_WORD_CHARS = 40;
/** Shortest word that also matches as a beginning: a single letter would match a third of the index. */
const MIN_PREFIX_CHARS = 2;
/** Words (letters, digits and their combining marks), as FTS5's unicode61 tokenizer splits them. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * A number as typed: digits with optional thousands groups ("60,000", "60 000" is two chunks and
 * not recognised), an optional decimal part, an optional suffix (k, m, bn), and nothing else but
 * currency or percent signs around it. A leading zero ("007") is an identifier, not a number.
 */
const NUMBER = /^[$€£¥]?((?:[1-9]\d{0,2}(?:[,\u00a0\u202f]\d{3})+)|[1-9]\d*|0)(?:\.(\d+))?(k|m|mn|bn)?%?$/i;
/** Scale words and suffixes, by power of ten. "m" for million follows news usage ("$60m"). */
const SCALES = [
  { exponent: 9, word: "billion", suffix: "bn" },
  { exponent: 6, word: "million", suffix: "m" },
  { exponent: 3, word: "thousand", suffix: "k" },
] as const;
const SCALE_OF_WORD = new Map<string, number>([
  ["thousand", 3],
  ["million", 6],
  ["billion", 9],
]);
const SCALE_OF_SUFFIX = new Map<string, number>([
  ["k", 3],
  ["m", 6],
  ["mn", 6],
  ["bn", 9],
]);
/** Most decimals a scaled form may show ("1.25 million" yes, "2.026 thousand" for 2026 no). */
const MAX_SCALED_DECIMALS = 2;

/** A word as the index stores it: lower case, accents removed ("Alíyev" → "aliyev"). */
export function normalizeSearchWord(word: string): string {
  return word.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

/** The index's words of a piece of text, normalised and capped. */
function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((word) => normalizeSearchWord(word).slice(0, MAX_WORD_CHARS)).filter(Boolean);
}

type Token = { type: "text"; text: string } | { type: "phrase"; text: string } | { type: "or" } | { type: "not" };

/** Splits the query into chunks (whitespace), quoted phrases, and the operators OR / NOT / -. */
function tokenize(q: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const char = q[i]!;
    if (/\s/u.test(char)) {
      i += 1;
    } else if (char === '"' || char === "“" || char === "”") {
      const close = q.slice(i + 1).search(/["“”]/u);
      const end = close < 0 ? q.length : i + 1 + close;
      tokens.push({ type: "phrase", text: q.slice(i + 1, end) });
      i = end + 1;
    } else if ((char === "-" || char === "−") && i + 1 < q.length && !/\s/u.test(q[i + 1]!) && (i === 0 || /\s/u.test(q[i - 1]!))) {
      // A minus at the start of a chunk; inside a word ("al-Ahram") it is part of the word.
      tokens.push({ type: "not" });
      i += 1;
    } else {
      const rest = q.slice(i).search(/[\s"“”]/u);
      const end = rest < 0 ? q.length : i + rest;
      const text = q.slice(i, end);
      tokens.push(text === "OR" || text === "|" ? { type: "or" } : text === "NOT" ? { type: "not" } : { type: "text", text });
      i = end;
    }
  }
  return tokens.filter((token) => !(token.type === "text" && token.text === "AND"));
}

/** Moves the decimal point of a non-negative decimal `digits.fraction` by `shift` places (positive: right). */
function shiftDecimal(integer: string, fraction: string, shift: number): { integer: string; fraction: string } {
  const digits = integer + fraction;
  const point = integer.length + shift;
  const padded = point > digits.length ? digits.padEnd(point, "0") : point < 0 ? digits.padStart(digits.length - point, "0") : digits;
  const at = Math.max(point, 0);
  const newInteger = padded.slice(0, at).replace(/^0+(?=\d)/, "") || "0";
  const newFraction = padded.slice(at).replace(/0+$/, "");
  return { integer: newInteger, fraction: newFraction };
}

/** "60000" → ["60", "000"]: the words of the number written with thousands separators. */
function groupThousands(integer: string): string[] {
  const groups: string[] = [];
  for (let end = integer.length; end > 0; end -= 3) groups.unshift(integer.slice(Math.max(0, end - 3), end));
  return groups;
}

/**
 * Every way a value is commonly written, as phrases of index words: plain digits, with thousands
 * separators (any of ",", " ", "." tokenises the same), and with the largest scale word or suffix
 * that leaves a mantissa of at least 1 ("60 thousand", "60k").
 */
function numberForms(integer: string, fraction: string): SearchPhrase[] {
  const withFraction = (words: string[]) => (fraction ? [...words, fraction] : words);
  const forms: string[][] = [withFraction([integer])];
  if (integer.length > 3) forms.push(withFraction(groupThousands(integer)));
  const scale = SCALES.find(({ exponent }) => integer.length > exponent);
  if (scale) {
    const mantissa = shiftDecimal(integer, fraction, -scale.exponent);
    if (mantissa.fraction.length <= MAX_SCALED_DECIMALS) {
      const mantissaWords = mantissa.fraction ? [mantissa.integer, mantissa.fraction] : [mantissa.integer];
      forms.push([...mantissaWords, scale.word]);
      forms.push([...mantissaWords.slice(0, -1), `${mantissaWords.at(-1)}${scale.suffix}`]);
    }
  }
  const unique = new Map(forms.map((words) => [words.join(" "), words]));
  return [...unique.values()].map((words) => ({ words, isPrefix: false }));
}

/** The forms of a chunk if it is a number, taking a following scale word ("60 thousand") with it. */
function parseNumber(text: string, next: Token | undefined): { forms: SearchPhrase[]; usesNext: boolean } | null {
  const match = NUMBER.exec(text);
  if (!match) return null;
  const integer = match[1]!.replace(/[,\u00a0\u202f]/g, "");
  const fraction = (match[2] ?? "").replace(/0+$/, "");
  const nextWord = next?.type === "text" ? next.text.toLowerCase() : undefined;
  const wordExponent = !match[3] && nextWord ? SCALE_OF_WORD.get(nextWord) : undefined;
  const exponent = match[3] ? SCALE_OF_SUFFIX.get(match[3].toLowerCase())! : (wordExponent ?? 0);
  const value = shiftDecimal(integer, fraction, exponent);
  return { forms: numberForms(value.integer, value.fraction), usesNext: wordExponent !== undefined };
}

/** A chunk's words as one phrase: "Trump's" and "al-Ahram" are split by the index, so their parts must be adjacent. */
function chunkPhrase(text: string, isPrefix: boolean): SearchPhrase | null {
  const words = wordsOf(text).slice(0, MAX_PHRASE_WORDS);
  if (words.length === 0) return null;
  return { words, isPrefix: isPrefix && words.at(-1)!.length >= MIN_PREFIX_CHARS };
}

/**
 * Parses a search box value. Operators without something to act on are ignored ("OR" at either
 * end, a lone "-"), a query with nothing searchable gives no groups and no exclusions, and the
 * result is capped at MAX_SEARCH_ITEMS items however long the input.
 */
export function parseSearchQuery(q: string): SearchQuery {
  const tokens = tokenize(q.normalize("NFKC"));
  const groups: SearchPhrase[][] = [];
  const excluded: SearchPhrase[] = [];
  let isNegated = false;
  let isOr = false;
  let items = 0;
  for (let i = 0; i < tokens.length && items < MAX_SEARCH_ITEMS; i += 1) {
    const token = tokens[i]!;
    if (token.type === "not") {
      isNegated = true;
      continue;
    }
    if (token.type === "or") {
      isOr = groups.length > 0 && !isNegated;
      continue;
    }
    let phrases: SearchPhrase[] = [];
    if (token.type === "phrase") {
      const phrase = chunkPhrase(token.text, false);
      if (phrase) phrases = [phrase];
    } else {
      const number = parseNumber(token.text, tokens[i + 1]);
      if (number) {
        phrases = number.forms;
        if (number.usesNext) i += 1;
      } else {
        const phrase = chunkPhrase(token.text, true);
        if (phrase) phrases = [phrase];
      }
    }
    if (phrases.length > 0) {
      items += 1;
      if (isNegated) excluded.push(...phrases);
      else if (isOr && groups.length > 0) groups.at(-1)!.push(...phrases);
      else groups.push(phrases);
    }
    isNegated = false;
    isOr = false;
  }
  const highlights = new Map<string, SearchHighlight>();
  for (const phrase of groups.flat()) {
    phrase.words.forEach((word, index) => {
      const isPrefix = phrase.isPrefix && index === phrase.words.length - 1;
      if (!highlights.get(word)?.isPrefix) highlights.set(word, { word, isPrefix });
    });
  }
  return { groups: dedupeGroups(groups), excluded: dedupePhrases(excluded), highlights: [...highlights.values()] };
}

function phraseKey(phrase: SearchPhrase): string {
  return `${phrase.words.join(" ")}${phrase.isPrefix ? "*" : ""}`;
}

function dedupePhrases(phrases: SearchPhrase[]): SearchPhrase[] {
  return [...new Map(phrases.map((phrase) => [phraseKey(phrase), phrase])).values()];
}

/** "Trump trump" is one group: the same alternatives twice narrow nothing. */
function dedupeGroups(groups: SearchPhrase[][]): SearchPhrase[][] {
  const unique = new Map<string, SearchPhrase[]>();
  for (const group of groups) {
    const phrases = dedupePhrases(group);
    unique.set(phrases.map(phraseKey).sort().join(" | "), phrases);
  }
  return [...unique.values()];
}

/** Whether the query searches for anything (words to find, or words to leave out). */
export function isEmptySearchQuery(query: SearchQuery): boolean {
  return query.groups.length === 0 && query.excluded.length === 0;
}
