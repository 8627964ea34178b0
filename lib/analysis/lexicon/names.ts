/**
 * Around names: words that join or open a run of capitalised words, titles before a name, and
 * the minor words title case leaves in lower case.
 */
import { toWordSet } from "./common";

/** Lower-case words that may sit inside a name: "Secretary of State", "Bank of England", "bin Salman". */
export const NAME_CONNECTORS = toWordSet(
  "of de da du del der la le van von bin al ibn &",
);

/** Adverbs and connectives that open sentences without a telltale ending ("Later, …"). */
export const SENTENCE_OPENERS = toWordSet(`
  later earlier today yesterday tomorrow now once soon afterwards meanwhile thus hence overall
  unlike despite amid following whether first second third last next again`);

export const PRONOUNS_WITH_S = toWordSet(
  "it's that's there's here's what's who's he's she's let's",
);

export const ABBREVIATED_TITLES = toWordSet(
  "mr mrs ms dr gen sen rep gov col prof lt capt",
);

// Title and role words inside entity spans: the name is the rest ("President Ilham Aliyev").
export const ENTITY_TITLE_KEYS = toWordSet(`
  president minist minister secretary prime senat senator king princ prince general mr mrs
  ms dr`);

// Function words title case leaves in lower case (Chicago and AP headline style).
export const TITLE_CASE_MINOR_WORDS = new Set([
  "a", "an", "the", "and", "or", "nor", "but", "for", "of", "in", "on", "at", "to", "by", "from",
  "with", "as", "over", "amid", "into", "onto", "vs", "via", "per", "up", "off", "out", "after", "before",
]);
