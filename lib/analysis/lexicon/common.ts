/**
 * General English word lists the detectors share: function words, number words, calendar words.
 * All keys are lower-case; every Set/Map is built once at module load.
 */

/** Builds a Set from a space-separated word list. */
export function toWordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Articles, demonstratives and possessive determiners. */
export const DETERMINERS = toWordSet(
  "the a an this that these those his her its their our my your whose",
);

/** Prepositions, including the participial ones news uses ("including", "following"). */
export const PREPOSITIONS = toWordSet(`
  of in on at by for with from to into onto over under about around after before during since until
  till within without between among amid across against along through throughout toward towards upon
  via per despite including like near off out up down than as beyond behind beside besides inside
  outside following regarding concerning amid amidst`);

/** Coordinating and subordinating conjunctions. */
export const CONJUNCTIONS = toWordSet(
  "and or but nor yet so because although though while whereas if unless whether",
);

/** Personal, relative and indefinite pronouns. */
export const PRONOUNS = toWordSet(
  "i you he she it we they me him her us them who whom which what this that these those someone something anyone",
);

/** Auxiliaries and copulas: never a counted noun, never part of a name. */
export const AUXILIARIES = toWordSet(`
  is are was were be been being am has have had having do does did will would shall should can could
  may might must`);

/** Closed-class words plus frequent sentence openers: never a unit, never an entity alone. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ...PREPOSITIONS,
  ...CONJUNCTIONS,
  ...PRONOUNS,
  ...AUXILIARIES,
  ...toWordSet(`
    not no never also only just even still already then there here when where how why as such
    any all both each every either neither some many much more most few several other another
    said says told according however meanwhile moreover furthermore instead indeed yes`),
]);

/** Cardinal number words and their values ("hundred" etc. are in SCALE_WORDS). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["zero", 0],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["thirteen", 13],
  ["fourteen", 14],
  ["fifteen", 15],
  ["sixteen", 16],
  ["seventeen", 17],
  ["eighteen", 18],
  ["nineteen", 19],
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["sixty", 60],
  ["seventy", 70],
  ["eighty", 80],
  ["ninety", 90],
]);

/** Multipliers that combine with a preceding number ("two million", "485 million"). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ["hundred", 100],
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
  ["trillion", 1e12],
]);

/**
 * Every number word with its value, for keys that read "five sources" and "5 sources" alike
 * (the alignment and detector word keys): cardinals, scale words and "dozen".
 */
export const NUMBER_VALUES: ReadonlyMap<string, number> = new Map([
  ...NUMBER_WORDS,
  ...SCALE_WORDS,
  ["dozen", 12],
]);

/** Month names and the abbreviations news datelines use, → month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ["january", 1],
  ["february", 2],
  ["march", 3],
  ["april", 4],
  ["may", 5],
  ["june", 6],
  ["july", 7],
  ["august", 8],
  ["september", 9],
  ["october", 10],
  ["november", 11],
  ["december", 12],
]);
/** Month abbreviations → month number; "May" needs none. */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ["jan", 1],
  ["feb", 2],
  ["mar", 3],
  ["apr", 4],
  ["jun", 6],
  ["jul", 7],
  ["aug", 8],
  ["sep", 9],
  ["sept", 9],
  ["oct", 10],
  ["nov", 11],
  ["dec", 12],
]);

/** Weekday names, lower-case. */
export const WEEKDAYS = toWordSet(
  "monday tuesday wednesday thursday friday saturday sunday",
);

/** Season names ("fall" is also a verb; times.ts only accepts it after a determiner). */
export const SEASONS = toWordSet("spring summer autumn winter fall");

/** Calendar units, singular and plural ("second" is left out: "a second round" is not a time). */
export const TIME_UNITS = toWordSet(`
  seconds minute minutes hour hours day days week weeks fortnight fortnights month months year years
  decade decades century centuries`);

// Adjective endings that are rarely noun endings; "-ant"/"-ent" are left out on purpose because
// president, migrant, agent, percent and resident are nouns.
const ADJECTIVE_SUFFIXES = [
  "al",
  "ic",
  "ive",
  "ous",
  "ful",
  "less",
  "ish",
  "ian",
  "ese",
  "able",
  "ible",
];
/** Frequent adjectives without a telltale ending. */
export const COMMON_ADJECTIVES = toWordSet(`
  new old key major minor other more senior former top big small large great long short high low
  young additional separate different main same total potential possible prospective unnamed
  anonymous current recent foreign ethnic armed unidentified local further extra fresh rival
  military civilian private public official`);

/** true for a word that most likely modifies the next word rather than being the noun itself. */
export function isLikelyAdjective(lower: string): boolean {
  if (COMMON_ADJECTIVES.has(lower) || lower.includes("-")) return true;
  return ADJECTIVE_SUFFIXES.some(
    (suffix) => lower.length > suffix.length + 2 && lower.endsWith(suffix),
  );
}
