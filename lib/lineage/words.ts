/**
 * Words and word n-grams for lineage: lower-cased tokens with their offsets, capped so a huge or
 * adversarial article costs at most MAX_TOKENS tokens.
 */
import { NUMBER_WORDS, SCALE_WORDS } from "@/lib/analysis/lexicon/common";
import { STOP_WORDS } from "@/lib/analysis/lexicon/function-words";

/**
 * Words read per article. 5,000 words is a long feature (the seed's longest article has ~1,300);
 * past it the rest of the text is not compared, so pairwise work stays linear in this cap.
 */
export const MAX_TOKENS = 5_000;

/**
 * Words per n-gram (passim uses 5-word shingles on books). Four catches a copied clause inside a
 * 300-word rewrite; independent paraphrases of one sentence rarely share four words in a row
 * except stock phrases, which are filtered by the reference (it has them too) and by rarity.
 */
export const GRAM_SIZE = 4;

export interface Word {
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter in the text. */
  isCapitalised: boolean;
}

const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:[.,][\p{N}]+)*/gu;

const CAPITAL_RE = /^\p{Lu}/u;

/**
 * The first `max` words of `text` with their offsets. Written for speed: a 1,000-article story's
 * lineage tokenizes ~1 M words of article text and ~300k short wordings, and this loop was 0.65 s
 * of its ~2.9 s (an exec loop instead of matchAll, ASCII capitals without the Unicode regex,
 * the apostrophe replaced only when there is one).
 */
export function tokenizeWords(text: string, max = MAX_TOKENS): Word[] {
  const words: Word[] = [];
  WORD_RE.lastIndex = 0; // the one global pattern, read from the start of each text
  for (let match = WORD_RE.exec(text); match !== null && words.length < max; match = WORD_RE.exec(text)) {
    const raw = match[0];
    const start = match.index;
    const lower = raw.toLowerCase();
    const first = raw.charCodeAt(0);
    const isCapitalised = first < 128 ? first >= 65 && first <= 90 : CAPITAL_RE.test(raw);
    words.push({ lower: lower.includes("’") ? lower.replaceAll("’", "'") : lower, start, end: start + raw.length, isCapitalised });
  }
  return words;
}

/** The n-gram starting at each word position (words.length - GRAM_SIZE + 1 of them). */
export function listGrams(words: readonly Word[]): string[] {
  const grams: string[] = [];
  for (let i = 0; i + GRAM_SIZE <= words.length; i++) {
    let gram = words[i]!.lower;
    for (let j = 1; j < GRAM_SIZE; j++) gram += ` ${words[i + j]!.lower}`;
    grams.push(gram);
  }
  return grams;
}

/** A word that names a figure: digits ("60", "2.0") or a number word ("five", "hundred"). */
export function isNumberWord(lower: string): boolean {
  return /^\p{N}/u.test(lower) || NUMBER_WORDS.has(lower) || SCALE_WORDS.has(lower);
}

export function isStopWord(lower: string): boolean {
  return STOP_WORDS.has(lower);
}
