/**
 * Interned token spellings: the text of a token, its lower case and its word classes, built once
 * per distinct spelling and shared by every token spelled that way. News text repeats a small
 * vocabulary, so after the first articles almost every token is found here: no substring, no
 * lower-casing and no word-class lookup is paid again, and far less garbage is made.
 *
 * The table is keyed by the token's characters read straight from the article text, so a lookup
 * allocates nothing; entries are compared character by character, so a hash collision only
 * costs a probe.
 */
import { classifyWord } from "./word-classes";
import { computeWordKey } from "./word-key";

/** What a token's spelling alone decides. */
export interface Spelling {
  /** The characters as written. */
  text: string;
  /** Lower-cased, with ’ folded to ' (see Token.lower). */
  lower: string;
  /** The word classes of `lower`. */
  wordClasses: number;
  /** The word key (word-key.ts): normalised, stemmed. */
  norm: string;
  isStop: boolean;
  isWeak: boolean;
}

// Open addressing in a power-of-two table, kept at most half full so probes stay short. A story's
// vocabulary is a few thousand spellings; past the limit the table is emptied and refilled, so
// memory stays bounded (~3 MB) on adversarial input.
const TABLE_SIZE = 1 << 16;
const TABLE_MASK = TABLE_SIZE - 1;
const MAX_ENTRIES = TABLE_SIZE >>> 1;
const table: (Spelling | undefined)[] = new Array<Spelling | undefined>(
  TABLE_SIZE,
).fill(undefined);
let entryCount = 0;

// FNV-1a, 32 bits: cheap per character and well spread over short keys.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The spelling of `text.slice(start, end)`, interned. */
export function internSpelling(
  text: string,
  start: number,
  end: number,
): Spelling {
  let hash = FNV_OFFSET;
  for (let at = start; at < end; at += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(at), FNV_PRIME);
  }
  let slot = hash & TABLE_MASK;
  for (;;) {
    const entry = table[slot];
    if (entry === undefined) break;
    if (isSpelledAt(entry.text, text, start, end)) return entry;
    slot = (slot + 1) & TABLE_MASK;
  }
  if (entryCount >= MAX_ENTRIES) {
    table.fill(undefined);
    entryCount = 0;
    slot = hash & TABLE_MASK;
  }
  const raw = text.slice(start, end);
  const lower = toTokenLower(raw);
  const key = computeWordKey(raw);
  const spelling: Spelling = {
    text: raw,
    lower,
    wordClasses: classifyWord(lower),
    norm: key.norm,
    isStop: key.isStop,
    isWeak: key.isWeak,
  };
  table[slot] = spelling;
  entryCount += 1;
  return spelling;
}

/** Whether `spelled` is exactly `text.slice(start, end)`. */
function isSpelledAt(
  spelled: string,
  text: string,
  start: number,
  end: number,
): boolean {
  if (spelled.length !== end - start) return false;
  for (let offset = 0; offset < spelled.length; offset += 1) {
    if (spelled.charCodeAt(offset) !== text.charCodeAt(start + offset))
      return false;
  }
  return true;
}

/** `raw.toLowerCase()` with ’ folded to ', as Token.lower is defined. */
function toTokenLower(raw: string): string {
  const lower = raw.toLowerCase();
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
}
