/**
 * The word data of lexicon/ keyed as the classify stage reads words (by stem): the intensity
 * lexicon (adjectives by key, verbs and verb phrases by the key of their first word) and the
 * antonym table. Code only; the words themselves live in lexicon/.
 */
import { ANTONYM_PAIRS, DIMINISHING_COMPARATIVE_WORDS } from "../lexicon/antonyms";
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

/** Word key → keys of its opposites. */
export const ANTONYMS: ReadonlyMap<
  string,
  ReadonlySet<string>
> = buildAntonyms();

function buildAntonyms(): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const add = (from: string, to: string): void => {
    if (from === to) return;
    const set = map.get(from) ?? new Set<string>();
    set.add(to);
    map.set(from, set);
  };
  for (const [left, right] of ANTONYM_PAIRS) {
    const leftKeys = left.split(" ").map(toKey);
    const rightKeys = right.split(" ").map(toKey);
    for (const a of leftKeys)
      for (const b of rightKeys) {
        add(a, b);
        add(b, a);
      }
  }
  return map;
}

/** Comparatives whose removal reverses the sense: "less costly" → "costly". */
export const DIMINISHING_COMPARATIVES: ReadonlySet<string> = new Set(
  DIMINISHING_COMPARATIVE_WORDS.map(toKey),
);
