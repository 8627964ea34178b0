/**
 * Synonym groups of lexicon/synonyms.ts keyed by stem: alignment treats the words of a group as
 * one term (see the lexicon for what may join a group).
 */
import { SYNONYM_GROUPS } from "../lexicon/synonyms";
import { stemWord } from "../text/stem";


/** Stemmed key → the stemmed keys of its group (itself excluded). */
const SYNONYMS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const group of SYNONYM_GROUPS) {
    const keys = [...new Set(group.map(stemWord))];
    for (const key of keys) map.set(key, [...(map.get(key) ?? []), ...keys.filter((other) => other !== key)]);
  }
  return map;
})();

/** The stemmed keys that mean the same as `key` in a news sentence (none for most words). */
export function listSynonyms(key: string): readonly string[] {
  return SYNONYMS.get(key) ?? [];
}
