/**
 * Multi-word lexicon lookup over tokens: longest match first, built once at module load.
 */
import type { Token } from "./tokenize";

interface PhraseEntry<T> {
  words: string[];
  value: T;
}

/** A compiled phrase lexicon: entries grouped by first word, longest first. */
export interface PhraseTable<T> {
  byFirst: Map<string, PhraseEntry<T>[]>;
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
    list.push({ words, value });
    byFirst.set(first, list);
  }
  for (const list of byFirst.values())
    list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
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
        phrase: entry.words.join(" "),
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
    for (const entry of table.byFirst.get(first.lower) ?? []) {
      if (entry.words.length !== length) continue;
      if (
        entry.words.every(
          (word, offset) => tokens[index - length + offset]?.lower === word,
        )
      ) {
        return {
          start: index - length,
          end: index,
          phrase: entry.words.join(" "),
          value: entry.value,
        };
      }
    }
  }
  return null;
}
