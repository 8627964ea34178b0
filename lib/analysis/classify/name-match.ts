/**
 * Names compared across sentences: the keys of an entity's words, and a fuzzy match that joins
 * a name's forms ("Azerbaijan"/"Azerbaijani", "Kazakh"/"Kazakhstan") without joining different
 * short names ("Iran"/"Iraq"). Indexed by first letters so a lookup does not scan every word.
 */
import {
  getSentenceWords,
  memoizeByView,
  type SentenceWords,
} from "./sentence-words";
import type { SentenceView } from "./types";
import { ENTITY_TITLE_KEYS } from "../lexicon/names";

// Two keys this long that share all but their last two letters are one name in two forms:
// "Azerbaijan"/"Azerbaijani", "Kazakh"/"Kazakhstan" (5+ letters common). Shorter keys must be
// equal: "Iran"/"Iraq" differ.
const MIN_FUZZY_PREFIX = 5;
const FUZZY_TAIL = 2;

/** true when two keys are the same word, allowing demonym/inflection endings on long names. */
export function isSameName(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < MIN_FUZZY_PREFIX) return false;
  let common = 0;
  while (common < shorter && a.charCodeAt(common) === b.charCodeAt(common))
    common += 1;
  return common >= MIN_FUZZY_PREFIX && common >= shorter - FUZZY_TAIL;
}

/** Keys of the words that start inside [start, end), at least `minLength` long. */
export function getSpanKeys(
  sentence: SentenceWords,
  start: number,
  end: number,
  minLength = 1,
): string[] {
  const keys: string[] = [];
  for (const word of sentence.words) {
    if (word.start >= end) break;
    if (word.start >= start && word.norm.length >= minLength)
      keys.push(word.norm);
  }
  return keys;
}

/** A named entity with the keys of its words. */
export interface KeyedEntity {
  type: SentenceView["features"]["entities"][number]["type"];
  text: string;
  start: number;
  end: number;
  keys: string[];
}

// Name words this short carry no identity on their own ("Al", "of").
const MIN_NAME_KEY_LENGTH = 3;

/** The sentence's entities with the keys of their name words, cached per view. */
export const getKeyedEntities = memoizeByView(
  (view: SentenceView): KeyedEntity[] => {
    const sentence = getSentenceWords(view);
    return view.features.entities.map((entity) => ({
      type: entity.type,
      text: entity.text,
      start: entity.start,
      end: entity.end,
      keys: getSpanKeys(
        sentence,
        entity.start,
        entity.end,
        MIN_NAME_KEY_LENGTH,
      ).filter((key) => !ENTITY_TITLE_KEYS.has(key)),
    }));
  },
);

/** Keys indexed for the fuzzy name match of {@link isSameName}: exact keys and keys by first letters. */
export interface NameIndex {
  exact: ReadonlySet<string>;
  /** First MIN_FUZZY_PREFIX letters → keys at least that long. */
  byPrefix: ReadonlyMap<string, readonly string[]>;
}

/** Indexes keys for {@link hasIndexedName}. */
export function indexNames(keys: Iterable<string>): NameIndex {
  const exact = new Set<string>();
  const byPrefix = new Map<string, string[]>();
  for (const key of keys) {
    exact.add(key);
    if (key.length < MIN_FUZZY_PREFIX) continue;
    const prefix = key.slice(0, MIN_FUZZY_PREFIX);
    const list = byPrefix.get(prefix);
    if (list) list.push(key);
    else byPrefix.set(prefix, [key]);
  }
  return { exact, byPrefix };
}

/** {@link hasName} on an index: exact lookup, then only the keys sharing the first letters. */
export function hasIndexedName(index: NameIndex, key: string): boolean {
  if (index.exact.has(key)) return true;
  if (key.length < MIN_FUZZY_PREFIX) return false;
  const candidates = index.byPrefix.get(key.slice(0, MIN_FUZZY_PREFIX));
  return (
    candidates !== undefined &&
    candidates.some((candidate) => isSameName(candidate, key))
  );
}

/** The name index of a sentence's keys, built once per view. */
export const getNameIndex = memoizeByView((view) =>
  indexNames(getSentenceWords(view).norms),
);
