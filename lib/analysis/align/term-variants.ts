/**
 * Morphological variants that the stemmer does not join but rewrites swap freely:
 *   demonyms and adjectives of places: "Asia"/"Asian", "Israel"/"Israeli", "Sudan"/"Sudanese";
 *   negative prefixes: "unclear"/"(not) clear", "unknown"/"known";
 *   everyday synonyms of common words: "contacted"/"approached" (see synonyms.ts).
 * The index registers each variant of a reference term as an alias of that term, so a derivative
 * word meets its reference counterpart with a single map lookup. Variants are keys (stemmed
 * forms, see `stemWord`), not words.
 */

import { listSynonyms } from "./synonyms";

/** Place-name suffix pairs (name ending, adjective ending): "asia"/"asian", "canada"/"canadian", "china"/"chinese". */
// prettier-ignore
const DEMONYM_SUFFIXES: readonly (readonly [string, string])[] = [
  ["", "n"], ["", "an"], ["", "ian"], ["", "i"], ["", "ese"], ["", "ish"],
  ["a", "ian"], ["a", "ese"], ["e", "an"], ["e", "ian"],
  // "-ese" adjectives arrive stemmed ("sudanese" → "sudanes", see stemWord).
  ["", "es"], ["a", "es"],
];

/** Negative prefixes that keep the rest of the word's meaning ("unclear" ~ "not clear"). */
const NEGATIVE_PREFIXES = ["un", "non"];

/** Bases shorter than this are too ambiguous to join ("ira" + "n"). */
const MIN_BASE_LENGTH = 4;

/**
 * Other keys that denote the same thing as `norm`. Demonym variants are produced only for names
 * (`isName`: the reference capitalises the word), so common words ("man"/"ma") never join.
 */
export function listTermVariants(norm: string, isName: boolean): string[] {
  const variants: string[] = [];
  for (const prefix of NEGATIVE_PREFIXES) {
    if (
      norm.startsWith(prefix) &&
      norm.length - prefix.length >= MIN_BASE_LENGTH
    )
      variants.push(norm.slice(prefix.length));
    if (norm.length >= MIN_BASE_LENGTH) variants.push(prefix + norm);
  }
  if (!isName) variants.push(...listSynonyms(norm));
  if (!isName || !/^[a-z]+$/.test(norm)) return variants;
  // The stemmer drops a final "e" ("europe" → "europ"), so a base ending in "e" is also tried without it.
  const stemmedNameEnd = (name: string): string =>
    name.endsWith("e") && name.length > 2 ? name.slice(0, -1) : name;
  for (const [nameEnd, adjectiveEnd] of DEMONYM_SUFFIXES) {
    // norm is the adjective: strip its ending, restore the name's.
    if (adjectiveEnd !== "" && norm.endsWith(adjectiveEnd)) {
      const base = norm.slice(0, norm.length - adjectiveEnd.length);
      if (base.length >= MIN_BASE_LENGTH - nameEnd.length)
        variants.push(stemmedNameEnd(base + nameEnd));
    }
    // norm is the name: build the adjective. The stemmer cut a final "e" from names like "europe".
    const stem =
      nameEnd === "e"
        ? norm
        : norm.endsWith(nameEnd)
          ? norm.slice(0, norm.length - nameEnd.length)
          : null;
    if (stem !== null && stem.length >= MIN_BASE_LENGTH - 1)
      variants.push(stem + adjectiveEnd);
  }
  return variants.filter((v) => v !== norm && v.length >= MIN_BASE_LENGTH - 1);
}
