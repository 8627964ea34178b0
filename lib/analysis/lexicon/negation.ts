/**
 * Negation and not-knowing: negators that flip a claim, adverbs that merely look like "not",
 * modals that hedge an "unknown", and the words around "it is unclear whether" and "if" clauses.
 */
import { toWordSet } from "./common";

export const FLIPPING_NEGATIONS = new Set([
  "not",
  "n't",
  "never",
  "no",
  "none",
  "nothing",
  "nobody",
  "no one",
  "neither",
  "nor",
]);

export const NOT_ADVERBS = toWordSet(
  "family italy july ally early only supply reply rally assembly likely unlikely",
);

// Negations read on the keys: "won't", "didn't" become "not" in the word key (text/word-key.ts).
export const NEGATION_KEYS = toWordSet("not no never cannot nor neither none");

export const HEDGING_MODALS = new Set(["may", "might", "could"]);

/** Words that may sit inside an unknown phrase: "it was not *immediately* clear". */
export const UNKNOWN_SKIPPABLE = toWordSet("immediately yet still also independently");

/** Words before "if" that make it "whether", not a condition ("asked if", "unclear if"). */
export const IF_AS_WHETHER = toWordSet(
  "asked ask asking wondered wonder know knows see unclear clear even as whether",
);

export const INVERSION_OPENERS = toWordSet("should were had");

export const NO_COMMENT_GENERIC_WORDS = new Set(["the", "a", "an", "and", "also", "its", "his", "her", "their", "said"]);

/** What statements of ignorance negate: "not clear", "not known", "not certain", "not sure". */
export const IGNORANCE_WORDS = toWordSet("clear known certain sure aware immediate immediately");
