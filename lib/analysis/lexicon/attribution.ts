/**
 * Words of attribution: who a claim is credited to, the verbs and channels that credit it
 * ("told", "quoted by"), evidential hedges, and the words an outlet uses about its own reporting.
 * Lower-case keys.
 */
import { toWordSet } from "./common";

export const SOURCE_PRONOUNS = toWordSet("he she they we i it him her them");

export const SOURCE_SKIP_WORDS = toWordSet(`
  the a an of and for in at on to with who his her its their this that these those some
  several many two three four five six one both other another familiar matter talks
  knowledge discussions`);

// Titles and role words written before a name: not part of the name ("President Ilham Aliyev").
export const SOURCE_TITLE_WORDS = toWordSet(`
  president vice prime minister secretary state foreign defence defense king queen prince
  crown sheikh emir senator sen rep representative governor mayor general gen ambassador
  envoy special spokesman spokeswoman spokesperson chairman chief director mr mrs ms dr
  professor prof leader senior deputy former u.s. us analyst economist scholar peace
  missions adviser advisor aide`);

// Common words in organisation names; two organisations sharing only these are still different
// ("the foreign ministry" vs "the defence ministry"), so they are compared last.
export const ORGANISATION_GENERIC = toWordSet(`
  department ministry office government embassy agency council committee house
  administration authorities authority army forces party bank court union`);

/** Role classes that are insiders: a quote or detail credited to them claims inside knowledge. */
export const INSIDER_ROLES: ReadonlySet<string> = toWordSet(
  "source official diplomat aide staff negotiator spokesperson supporter",
);

// The reference itself as a source: "according to the report", "the exclusive said".
export const REPORT_WORDS = toWordSet(
  "report article exclusive story piece dispatch reporting",
);

// Vague crowds a rewrite hides behind: "media reports", "reports say", "some say".
export const DISTANCING_HEADS = toWordSet("reports rumours rumors speculation media");

/** Hedges that say "someone else says so": a claim carrying one is still sourced. */
export const EVIDENTIAL_HEDGES: ReadonlySet<string> = new Set([
  "reportedly",
  "allegedly",
  "reported",
  "purportedly",
  "said to be",
  "is said to",
  "are said to",
  "is believed",
  "are believed",
  "believed to",
  "it is understood",
  "understood to",
  "according to some",
]);

// Reporting verbs: a derivative using one still reports rather than asserts, even when the
// attribution detector could not find its subject ("The ministry, while declining to name them,
// said …").
// Compared on the surface form: stems would join "according" with "Accords".
export const REPORTING_WORDS: ReadonlySet<string> = toWordSet(`
  said says told tells reported added adds noted notes confirmed confirms stated citing
  cited quoted`);

// Generic words that name no particular source: "officials" or "sources" in the derivative do
// not show that the reference's "foreign affairs officials" are still credited.
export const GENERIC_SOURCE_WORDS: ReadonlySet<string> = toWordSet(`
  the a an of and its his her their our this that these those official officials source sources
  people person spokesman spokeswoman spokesperson statement government`);

// Agentless passives of reporting verbs keep a claim sourced: "the talks are *described as*
// structured", "he *is said* to".
export const PASSIVE_AUXILIARIES = toWordSet("is are was were been being be");

export const PASSIVE_REPORTING_WORDS: ReadonlySet<string> = toWordSet(`
  described said reported believed understood thought considered seen viewed regarded
  expected`);

/**
 * Channel phrases: their noun phrase is the outlet a speaker talked to, not the speaker ("told a
 * newspaper", "quoted by the agency"). Attribution prefixes and quote-match verbs both use it.
 */
export const CHANNEL_PHRASES: ReadonlySet<string> = new Set(["quoted by", "cited by", "told"]);

export const OWN_REPORTING_VERBS = toWordSet("learned learnt reviewed");

export const REPORT_VERBS = toWordSet("reported reports");

export const INABILITY_STARTS = toWordSet("could was were is cannot has");

export const INABILITY_OBJECTS = toWordSet(
  "determine confirm verify independently immediately establish ascertain reach be",
);

export const OWN_WORK_NOUNS = toWordSet(`
  review investigation analysis examination tally count calculation calculations survey exclusive
  report reporter reporters correspondent correspondents journalist journalists witness reporting
  data`);

export const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i", "it"]);

export const PERSONAL_PRONOUNS = new Set(["he", "she"]);
