/**
 * The intensity lexicon of lexicon/intensity.ts, keyed as the classify stage reads words (by
 * stem): adjectives by key, verbs and verb phrases by the key of their first word.
 */
import {
  INTENSITY_ADJECTIVE_ENTRIES,
  INTENSITY_VERB_FAMILIES,
} from "../lexicon/intensity";
import { toKey, toKeys } from "./sentence-words";

/** Adjective key → strength. */
export const INTENSITY_ADJECTIVES: ReadonlyMap<string, number> = new Map(
  INTENSITY_ADJECTIVE_ENTRIES.map(([word, strength]) => [toKey(word), strength]),
);

/** One verb or verb phrase of a family: `keys` are the stems of its words, in order. */
export interface IntensityVerbEntry {
  family: string;
  strength: number;
  keys: readonly string[];
}

/** First word's key → the entries starting with it, longest first. */
export const INTENSITY_VERBS: ReadonlyMap<string, readonly IntensityVerbEntry[]> = (() => {
  const byFirst = new Map<string, IntensityVerbEntry[]>();
  for (const [family, words] of Object.entries(INTENSITY_VERB_FAMILIES))
    for (const [phrase, strength] of words) {
      const keys = phrase.includes(" ") ? toKeys(phrase) : [toKey(phrase)];
      const first = keys[0];
      if (first === undefined) continue;
      const list = byFirst.get(first) ?? [];
      // Spelling variants with one stem ("criticise", "criticize") are one entry.
      const isKnown = list.some((entry) => entry.family === family && entry.keys.join(" ") === keys.join(" "));
      if (isKnown) continue;
      list.push({ family, strength, keys });
      list.sort((a, b) => b.keys.length - a.keys.length);
      byFirst.set(first, list);
    }
  return byFirst;
})();
