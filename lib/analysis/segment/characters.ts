/**
 * Character tests by UTF-16 code unit for the segmenter's scanning loops, which visit every
 * character of the body: comparing codes avoids a one-character string and a regex per step.
 * Each test answers exactly what the regex named in its comment answers for `text[i]`.
 */

export { isSpaceCode } from "../char-codes";

/** Sentence terminators `.!?…`. */
export function isTerminatorCode(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

/** Closing quotes and brackets that may follow a terminator: `"”’'»)]}`. */
export function isCloserCode(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0x29 ||
    code === 0x5d ||
    code === 0x7d ||
    code === 0xbb ||
    code === 0x201d ||
    code === 0x2019
  );
}

/** Opening quotes and brackets that may precede a sentence's first letter: `"“‘'«([{¿¡`. */
export function isOpenerCode(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0x28 ||
    code === 0x5b ||
    code === 0x7b ||
    code === 0xab ||
    code === 0xbf ||
    code === 0xa1 ||
    code === 0x201c ||
    code === 0x2018
  );
}

/** An ASCII letter A–Z or a–z. */
export function isAsciiLetterCode(code: number): boolean {
  const folded = code | 0x20;
  return folded >= 0x61 && folded <= 0x7a;
}

/** An ASCII digit 0–9. */
export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * `/[.!?…]["'”’)\]»]*$/`: whether `text[start, end)` ends in a terminator, possibly followed by
 * closing quotes and brackets. (The regex's closers lack `}`, unlike isCloserCode.)
 */
export function endsWithFinalPunctuation(
  text: string,
  start: number,
  end: number,
): boolean {
  let at = end - 1;
  while (at >= start && isFinalCloserCode(text.charCodeAt(at))) at--;
  return at >= start && isTerminatorCode(text.charCodeAt(at));
}

function isFinalCloserCode(code: number): boolean {
  return code !== 0x7d && isCloserCode(code);
}

/**
 * Index in `scope` of the first character at or after `from` that `pattern` matches, or
 * `scope.length` when none does. `pattern` must be a global (`g`) class of single UTF-16 code
 * units. For characters as sparse as quotes, terminators and line breaks, the regex engine's
 * scan is several times faster than a charCodeAt loop. `scope` should be the slice being
 * scanned, not the whole text, so that a search never runs past its range.
 */
export function findNextOf(
  pattern: RegExp,
  scope: string,
  from: number,
): number {
  pattern.lastIndex = from;
  return pattern.test(scope) ? pattern.lastIndex - 1 : scope.length;
}
