import { tokenize } from "../align";

/** The content words of a phrase, as the detail stage compares them. */
export interface PhraseKeys {
  /** Normalised keys of the phrase's non-stop words, in order ("five sources familiar" → 5, source, familiar). */
  keys: readonly string[];
  /** The same keys as a set (first occurrence order). */
  set: ReadonlySet<string>;
  /** The keys joined by single spaces: the phrase's identity in detail keys. */
  joined: string;
  /**
   * Detail keys built from this phrase, by key prefix ("time:" → "time:3 month"), filled by the
   * detail stage: a repeated phrase then yields the very same key string, hashed once.
   */
  detailKeys: Map<string, string>;
}

/** Phrase text → its keys. A pure function of the text, so memoising keeps results identical. */
const memo = new Map<string, PhraseKeys>();
/**
 * Cleared past this size: a story repeats the same sourcing phrases, names and time expressions
 * across thousands of articles (a few thousand distinct phrases), while adversarial input cannot
 * grow memory without bound.
 */
const MAX_MEMO_PHRASES = 10_000;

/**
 * The content-word keys of `phrase` (its alignment tokens minus stop words), tokenized once per
 * distinct phrase text. Shared and memoised: never mutate the result.
 */
export function getPhraseKeys(phrase: string): PhraseKeys {
  const cached = memo.get(phrase);
  if (cached !== undefined) return cached;
  if (memo.size >= MAX_MEMO_PHRASES) memo.clear();
  const keys = tokenize(phrase)
    .filter((token) => !token.isStop)
    .map((token) => token.norm);
  const computed: PhraseKeys = { keys, set: new Set(keys), joined: keys.join(" "), detailKeys: new Map() };
  memo.set(phrase, computed);
  return computed;
}
