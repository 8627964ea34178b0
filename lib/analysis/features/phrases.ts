/**
 * Multi-word lexicon lookup over tokens: longest match first, built once at module load.
 */
import type { Token } from "../text/tokenize";
import { defineWordClass, hasWordClass, type WordClass } from "../text/word-classes";

interface PhraseEntry<T> {
  words: string[];
  /** `words` joined by spaces, built once rather than on every hit. */
  phrase: string;
  value: T;
}

/** A compiled phrase lexicon: entries grouped by first word, longest first. */
export interface PhraseTable<T> {
  byFirst: Map<string, PhraseEntry<T>[]>;
  /** The words a phrase of this table starts with: most tokens are ruled out by a bit test. */
  startClass: WordClass;
}

/** A phrase found in a token list; `end` is the exclusive token index. */
export interface PhraseHit<T> {
  start: number;
  end: number;
  /** The phrase as listed ("expected to"), not as written. */
  phrase: string;
  value: T;
}

/** Compiles `[phrase, value]` pairs (lower-case, words separated by single spaces). */
export function compilePhrases<T>(
  entries: Iterable<readonly [string, T]>,
): PhraseTable<T> {
  const byFirst = new Map<string, PhraseEntry<T>[]>();
  for (const [phrase, value] of entries) {
    const words = phrase.toLowerCase().split(" ").filter(Boolean);
    const first = words[0];
    if (first === undefined) continue;
    const list = byFirst.get(first) ?? [];
    list.push({ words, phrase: words.join(" "), value });
    byFirst.set(first, list);
  }
  for (const list of byFirst.values())
    list.sort((a, b) => b.words.length - a.words.length);
  const startClass = defineWordClass((lower) => byFirst.has(lower));
  return { byFirst, startClass };
}

/**
 * The longest phrase starting at token `index`, or null. Word tokens in `skippable` may sit
 * inside a phrase without being listed ("it was not *immediately* clear").
 */
export function matchPhraseAt<T>(
  tokens: readonly Token[],
  index: number,
  table: PhraseTable<T>,
  skippable?: ReadonlySet<string>,
): PhraseHit<T> | null {
  const first = tokens[index];
  if (!first || first.kind === "punct") return null;
  if (!hasWordClass(first, table.startClass)) return null;
  const candidates = table.byFirst.get(first.lower);
  if (!candidates) return null;
  for (const entry of candidates) {
    let position = index;
    let matched = 0;
    while (matched < entry.words.length) {
      const token = tokens[position];
      if (!token) break;
      if (token.lower === entry.words[matched]) {
        matched += 1;
        position += 1;
      } else if (matched > 0 && skippable?.has(token.lower)) {
        position += 1;
      } else {
        break;
      }
    }
    if (matched === entry.words.length) {
      return {
        start: index,
        end: position,
        phrase: entry.phrase,
        value: entry.value,
      };
    }
  }
  return null;
}

/** Every non-overlapping phrase in the tokens, scanning left to right, longest match first. */
export function findPhrases<T>(
  tokens: readonly Token[],
  table: PhraseTable<T>,
  skippable?: ReadonlySet<string>,
): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  let index = 0;
  while (index < tokens.length) {
    const hit = matchPhraseAt(tokens, index, table, skippable);
    if (hit) {
      hits.push(hit);
      index = hit.end;
    } else {
      index += 1;
    }
  }
  return hits;
}

/** The longest phrase ending right before token `index` (for look-behind qualifiers), or null. */
export function matchPhraseBefore<T>(
  tokens: readonly Token[],
  index: number,
  table: PhraseTable<T>,
  maxWords: number,
): PhraseHit<T> | null {
  for (let length = Math.min(maxWords, index); length >= 1; length -= 1) {
    const first = tokens[index - length];
    if (!first) continue;
    const candidates = table.byFirst.get(first.lower);
    if (!candidates) continue;
    for (const entry of candidates) {
      if (entry.words.length !== length) continue;
      if (isWrittenAt(tokens, index - length, entry.words)) {
        return {
          start: index - length,
          end: index,
          phrase: entry.phrase,
          value: entry.value,
        };
      }
    }
  }
  return null;
}

/** Whether tokens from `start` on are exactly `words`. */
function isWrittenAt(
  tokens: readonly Token[],
  start: number,
  words: readonly string[],
): boolean {
  for (let offset = 0; offset < words.length; offset += 1) {
    if (tokens[start + offset]?.lower !== words[offset]) return false;
  }
  return true;
}
