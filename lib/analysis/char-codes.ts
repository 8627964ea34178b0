/**
 * Character tests by UTF-16 code unit, shared by the stages' scanning loops (clean, segment,
 * align): comparing codes avoids a one-character string and a regex per character.
 */

/** `/\s/`: whitespace as JavaScript regexes (and `String.prototype.trim`) see it. */
export function isSpaceCode(code: number): boolean {
  // Below U+0080 only the space and \t \n \v \f \r are whitespace: one test for most characters.
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
