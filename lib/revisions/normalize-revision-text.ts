/**
 * An article's text with line endings and whitespace normalised: every run of whitespace
 * (spaces, tabs, non-breaking spaces, CR/LF, blank lines) becomes one space, ends trimmed. Two
 * imports whose texts normalise alike are one revision.
 */
export function normalizeRevisionText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Whether two imports of an article carry the same text once whitespace is normalised. */
export function isSameRevisionText(a: string, b: string): boolean {
  return a === b || normalizeRevisionText(a) === normalizeRevisionText(b);
}
