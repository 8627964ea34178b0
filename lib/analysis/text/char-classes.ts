/**
 * Unicode character classes for the hand-written scanners, as bit sets: one table lookup per
 * character instead of a Unicode property regex. The classes are exactly what the equivalent
 * regexes (`\p{L}`, `\p{Lu}`, `\p{M}`, `\p{N}`, `\s`) say, computed once per code unit.
 */

/** `\p{L}`: a letter. */
export const LETTER = 1;
/** `\p{Lu}`: an upper-case letter. */
export const UPPER = 2;
/** `\p{M}`: a combining mark. */
export const MARK = 4;
/** `\p{N}`: a digit or other number character. */
export const NUMBER = 8;
/** `\s`: whitespace as JavaScript regexes (and `String.prototype.trim`) see it. */
export const SPACE = 16;
/** The character changes under `toLowerCase()` (what makes a token "capitalised"). */
export const LOWERABLE = 32;
/** The class is of a surrogate pair: the character is two code units wide. */
export const WIDE = 64;
// Marks a filled table entry (every computed entry is non-zero).
const KNOWN = 128;

const LETTER_RE = /^\p{L}$/u;
const UPPER_RE = /^\p{Lu}$/u;
const MARK_RE = /^\p{M}$/u;
const NUMBER_RE = /^\p{N}$/u;
const SPACE_RE = /^\s$/u;

// One byte per UTF-16 code unit (64 KiB), filled lazily: news text uses a few hundred of them.
const unitClasses = new Uint8Array(0x10000);

function computeClass(char: string): number {
  return (
    KNOWN |
    (LETTER_RE.test(char) ? LETTER : 0) |
    (UPPER_RE.test(char) ? UPPER : 0) |
    (MARK_RE.test(char) ? MARK : 0) |
    (NUMBER_RE.test(char) ? NUMBER : 0) |
    (SPACE_RE.test(char) ? SPACE : 0) |
    (char !== char.toLowerCase() ? LOWERABLE : 0)
  );
}

/** The class bits of one UTF-16 code unit taken alone (a lone surrogate has none). */
export function classifyUnit(code: number): number {
  const known = unitClasses[code]!;
  if (known !== 0) return known;
  const computed = computeClass(String.fromCharCode(code));
  unitClasses[code] = computed;
  return computed;
}

/**
 * The class bits of the character at `at`, reading a surrogate pair as one character (then
 * with WIDE set) when both halves lie before `to`, as a `u`-flag regex over `text.slice(…, to)`
 * would. Astral characters are rare in news text and are classified afresh each time.
 */
export function classifyAt(text: string, at: number, to: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff || at + 1 >= to) return classifyUnit(code);
  const low = text.charCodeAt(at + 1);
  if (low < 0xdc00 || low > 0xdfff) return classifyUnit(code);
  return computeClass(text.slice(at, at + 2)) | WIDE;
}

/** Code units taken by a character of class `bits`: 2 for a surrogate pair, else 1. */
export function widthOf(bits: number): number {
  return bits & WIDE ? 2 : 1;
}
