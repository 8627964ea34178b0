/**
 * The engine's length caps, in one place. Each bounds the cost of one call on pathological input
 * (a page without punctuation, a table glued into one "sentence", a huge paste); none is reached
 * by real news prose, so none changes a label on a real article.
 */

/**
 * A sentence is read up to this many characters. No sentence in real news prose comes near it;
 * page chrome glued into one "sentence" can. Every detector is linear or near-linear in tokens,
 * so this caps the cost of one call; searches inside one sentence (doubt, elapsed time, quotes)
 * read no further.
 */
export const MAX_SENTENCE_CHARS = 2000;

/**
 * At most this many word tokens per span for alignment and the pair classifier: real sentences
 * have < 100 words (InSciOut's longest conclusion is under 120); the cap bounds the cost of a
 * run-on page without punctuation.
 */
export const MAX_TOKENS_PER_SPAN = 400;

/**
 * Whole articles up to this length are tokenized once and shared (and scanned once for full
 * names); longer pages (never a real article) are read sentence by sentence, which bounds the
 * memory one text can pin.
 */
export const MAX_DOCUMENT_CHARS = 300_000;

/** A page is scanned for its own outlet's name up to this many characters (self-references sit in the body). */
export const MAX_OUTLET_SCAN_CHARS = 500_000;

/** Words compared at most; a quotation longer than this is compared on its first words. */
export const MAX_QUOTE_WORDS = 80;

/** Reference sentences are compared with quotations on at most this many words. */
export const MAX_SENTENCE_WORDS = 150;
