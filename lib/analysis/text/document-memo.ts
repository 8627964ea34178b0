/**
 * What the detectors learn about a whole article rather than one sentence — its tokens, the
 * surnames it names in full, which words it also writes in lower case — kept per text, so the
 * ~40 sentences of an article compute each fact once instead of once per sentence.
 */
import type { Token } from "./tokenize";

/** Per-text facts, each filled in by the module that owns it the first time it is asked. */
export interface DocumentMemo {
  /** The whole text's tokens; null when the text is too long to tokenize at once. */
  tokens?: readonly Token[] | null;
  /** Lower-cased surnames of people named in full (see document-names.ts). */
  surnames?: ReadonlySet<string>;
  /** Whether a word is also written in lower case in the text (see entity-runs.ts). */
  lowercaseUses: Map<string, boolean>;
}

// An article's sentences are analysed one after another, so its facts are needed only that
// long; a few entries cover a reference and its derivatives being analysed interleaved. The
// cache is cleared when full, so memory stays bounded (an entry is ~150 kB for a 6 kB article).
const MAX_CACHED_TEXTS = 8;
const memos = new Map<string, DocumentMemo>();

/** The memo of `text`, created empty on first use. */
export function getDocumentMemo(text: string): DocumentMemo {
  const cached = memos.get(text);
  if (cached) return cached;
  const memo: DocumentMemo = { lowercaseUses: new Map() };
  if (memos.size >= MAX_CACHED_TEXTS) memos.clear();
  memos.set(text, memo);
  return memo;
}
