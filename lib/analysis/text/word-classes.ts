/**
 * Word classes: yes/no questions about a token's lower-case word ("can a quantifier phrase start
 * here?", "could this be a superlative?") answered once per distinct word and carried by every
 * token as one bit. The detectors scan every token of every sentence and almost every token is
 * a miss; with a class bit a miss costs a bit test instead of a few Set lookups and string tests.
 *
 * A class only ever rules words out: `hasWordClass` true means "run the full test", so a
 * class's test must be true for every word the full test could accept.
 */

/** A class's bit in Token.wordClasses; 0 for a class with no bit, which every word belongs to. */
export type WordClass = number;

// Token.wordClasses is a 32-bit integer; 31 bits keep it a small integer for the engine.
const MAX_CLASS_BITS = 31;
// Distinct words are a few thousand per story; past this the memo is cleared, so memory stays
// bounded on adversarial input (an entry is a short string and a number).
const MAX_CACHED_WORDS = 100_000;

const tests: ((lower: string) => boolean)[] = [];
const classesByWord = new Map<string, number>();
// Set once a word has been classified: a class defined later would be missing from the memo.
let isSealed = false;

/**
 * Defines a word class from its test, run once per distinct lower-case word. Classes are defined
 * at module load; one defined after the first word was classified gets no bit (every word is in
 * it), so results never depend on module order, only the speed-up does.
 */
export function defineWordClass(test: (lower: string) => boolean): WordClass {
  if (isSealed || tests.length >= MAX_CLASS_BITS) return 0;
  tests.push(test);
  return 1 << (tests.length - 1);
}

/** The bits of every class `lower` belongs to (for Token.wordClasses). */
export function classifyWord(lower: string): number {
  const cached = classesByWord.get(lower);
  if (cached !== undefined) return cached;
  isSealed = true;
  let bits = 0;
  for (let index = 0; index < tests.length; index += 1) {
    if (tests[index]!(lower)) bits |= 1 << index;
  }
  if (classesByWord.size >= MAX_CACHED_WORDS) classesByWord.clear();
  classesByWord.set(lower, bits);
  return bits;
}

/** Whether the token's word may belong to `wordClass` (always true for a class with no bit). */
export function hasWordClass(
  token: { wordClasses: number },
  wordClass: WordClass,
): boolean {
  return wordClass === 0 || (token.wordClasses & wordClass) !== 0;
}
