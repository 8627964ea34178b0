/**
 * Quantities: vague amounts, partitives, range connectors, idioms that look like quantifiers
 * ("at all", "no longer") and the words around superlatives.
 */
import { toWordSet } from "./common";

/** Vague plural quantities: value unknown ("dozens of", "hundreds", "thousands"). */
export const VAGUE_AMOUNTS = toWordSet(
  "dozens hundreds thousands millions billions scores",
);

export const VAGUE_SCALE_MODIFIERS = toWordSet("several few many some");

/** Words that make "one" a pronoun or idiom rather than a count ("no one", "one another"). */
export const ONE_BLOCKERS_BEFORE = toWordSet(
  "no the this that which any every each someone",
);

export const ONE_BLOCKERS_AFTER = toWordSet("another day");

export const PARTITIVE_DETERMINERS = toWordSet(
  "the those these its their his her our them us",
);

// What may stand between the two ends ("10 and 20", "10-20", "10 to 20", "10 or 20").
export const RANGE_CONNECTORS = toWordSet("and to - – — or");

/** Words before "all" that make an idiom, not a quantity ("at all", "above all", "after all"). */
export const ALL_IDIOMS_BEFORE = toWordSet("at above after once for");

/** Words after "no" that make a time or idiom, not a quantity ("no longer", "no matter"). */
export const NO_IDIOMS_AFTER = toWordSet("longer matter doubt sooner");

export const BE_VERBS = toWordSet(
  "is are was were be been being seems seemed almost not",
);

// "both countries" is a count ("the two countries"), not a universal claim.
export const COUNT_LIKE = new Set(["both"]);

// Vague quantity words that can replace an exact count ("several countries", "a few officials").
export const VAGUE_QUANTIFIERS = new Set([
  "several",
  "a few",
  "few",
  "some",
  "many",
  "numerous",
  "a number of",
  "a handful of",
  "a couple of",
  "multiple",
  "various",
  "dozens",
]);

// Words ending in "-est" that are not superlatives. "latest" is here on purpose: "the latest
// talks" means "most recent", a time reference rather than a claim of degree, and rewrites swap
// it freely with "new" or "recent"; "earliest" stays a superlative ("at the earliest").
export const NOT_SUPERLATIVES = toWordSet(`
  interest request west honest modest forest suggest arrest protest latest contest attest detest
  digest divest infest invest ingest manifest harvest conquest inquest behest bequest unrest
  midwest northwest southwest earnest dishonest immodest priest tempest everest budapest bucharest
  celest pest interest disinterest sunbest guest quest chest crest nest rest test vest zest jest
  lest wrest backrest armrest retest pretest`);

export const IRREGULAR_SUPERLATIVES = toWordSet("best worst");

export const ORDINAL_PREFIXES = toWordSet(
  "second third fourth fifth sixth seventh eighth ninth tenth",
);

export const SUPERLATIVE_SCOPE_COUNT_WORDS = toWordSet(
  "one some several many few two three four five among",
);

export const POSSESSIVE_DETERMINERS = toWordSet("the its their his her our my your");

/** Words matchCore goes on to test after its hyphen, irregular and "-est" checks. */
export const SUPERLATIVE_CORE_WORDS = toWordSet("most least top leading foremost");
