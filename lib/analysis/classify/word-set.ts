/** Word lists written as one string, so they read as lists and stay compact. */

/** A set of the whitespace-separated words of `words`. */
export function toWordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}
