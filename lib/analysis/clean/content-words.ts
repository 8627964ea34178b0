/**
 * Content-word vocabularies and their overlap: the lexical signal that tells an appended story
 * from the article it follows.
 */

// Function words and newsroom boilerplate that every story shares; counting them would make any
// two English stories look related.
const stopWords = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before being below " +
    "between both but by can could did do does doing down during each even ever every few for from further " +
    "had has have having he her here hers herself him himself his how however if in into is it its itself " +
    "just least less like made make many may me might more most much must my myself near new no nor not now " +
    "of off on once one only or other others our ours out over own per said same say says saying she should " +
    "since so some still such than that the their theirs them then there these they this those though " +
    "through to too told under until up upon us very via was we were what when where whether which while " +
    "who whom whose why will with within without would year years yet you your yours according added " +
    "week weeks month months day days time two three four five first last including well " +
    "monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr"
  ).split(" "),
);

// Shorter tokens are mostly initials and unit symbols, too ambiguous to count as shared topic words.
const minWordLength = 3;

// Cost guard: a block's vocabulary is judged on its first words; a story's topic is set early.
const defaultWordCap = 400;

// Non-ASCII characters are rare in news text; they alone are tested with these regexes.
const letterPattern = /^\p{L}$/u;
const wordPartPattern = /^[\p{L}\p{M}]$/u;

/**
 * Lower-cased content words of `text` (letters only, stop words and short tokens dropped, a plural
 * "s" stripped), at most `cap` of them, in order of appearance. A word is a letter followed by
 * letters, marks, apostrophes and hyphens (`/\p{L}[\p{L}\p{M}'’-]*\/u`), scanned by hand: this
 * runs over every body line, and ASCII needs no regex.
 */
export function extractContentWords(
  text: string,
  cap: number = defaultWordCap,
): string[] {
  const words: string[] = [];
  const length = text.length;
  let at = 0;
  while (words.length < cap && at < length) {
    const width = measureLetter(text, at, length);
    if (width === 0) {
      at++;
      continue;
    }
    const start = at;
    // Lower-casing can be skipped for a word that is all lower-case ASCII letters and joiners.
    const first = text.charCodeAt(at);
    let isLowerAscii = first >= 0x61 && first <= 0x7a;
    at += width;
    for (;;) {
      const code = at < length ? text.charCodeAt(at) : -1;
      if (code < 0x80) {
        if (code >= 0x61 && code <= 0x7a) at++;
        else if (code === 0x27 || code === 0x2d) at++;
        else if (code >= 0x41 && code <= 0x5a) {
          isLowerAscii = false;
          at++;
        } else break;
        continue;
      }
      isLowerAscii = false;
      if (code === 0x2019) {
        at++;
        continue;
      }
      const extra = measureNonAsciiWordPart(text, at, length);
      if (extra === 0) break;
      at += extra;
    }
    const token = text.slice(start, at);
    const word = normaliseWord(isLowerAscii ? token : token.toLowerCase());
    if (word.length >= minWordLength && !stopWords.has(word)) words.push(word);
  }
  return words;
}

/** Code units of the letter (`\p{L}`) starting at `at`, or 0 when none starts there. */
function measureLetter(text: string, at: number, length: number): number {
  const code = text.charCodeAt(at);
  if (code < 0x80)
    return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? 1 : 0;
  const width = measureCodePoint(text, at, length);
  return letterPattern.test(text.slice(at, at + width)) ? width : 0;
}

/** Code units of the non-ASCII letter or mark starting at `at`, or 0 when none starts there. */
function measureNonAsciiWordPart(
  text: string,
  at: number,
  length: number,
): number {
  const width = measureCodePoint(text, at, length);
  return wordPartPattern.test(text.slice(at, at + width)) ? width : 0;
}

/** 2 for a surrogate pair at `at`, else 1 (a lone surrogate is one unit, as a `u` regex reads it). */
function measureCodePoint(text: string, at: number, length: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff || at + 1 >= length) return 1;
  const low = text.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/**
 * Share of the word occurrences of `block` that also occur in `article` (0 … 1). Containment
 * rather than Jaccard, so a short block is not penalised for the article being long; counted over
 * occurrences rather than distinct words, so a block's repeated topic words weigh in and the
 * score drops less with the block's length.
 */
export function measureContainment(
  block: readonly string[],
  article: ReadonlySet<string>,
): number {
  if (block.length === 0) return 0;
  let shared = 0;
  for (const word of block) if (article.has(word)) shared++;
  return shared / block.length;
}

/**
 * Drops possessive endings and a plural "s" of a lower-cased token so "talks"/"talk" meet: a final
 * ' or ’ with an optional "s", then any trailing ' ’ -, as `.replace(/['’]s?$/, "")
 * .replace(/['’-]+$/, "")` would, without the regexes.
 */
function normaliseWord(lower: string): string {
  let end = lower.length;
  if (
    end >= 2 &&
    lower.charCodeAt(end - 1) === 0x73 &&
    isApostrophe(lower.charCodeAt(end - 2))
  )
    end -= 2;
  else if (end >= 1 && isApostrophe(lower.charCodeAt(end - 1))) end -= 1;
  while (
    end > 0 &&
    (isApostrophe(lower.charCodeAt(end - 1)) ||
      lower.charCodeAt(end - 1) === 0x2d)
  )
    end--;
  let word = end === lower.length ? lower : lower.slice(0, end);
  if (word.length > 4 && word.endsWith("s") && !word.endsWith("ss"))
    word = word.slice(0, -1);
  return word;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}
