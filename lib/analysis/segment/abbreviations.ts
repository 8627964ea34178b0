/**
 * Abbreviations: whether a period after a word ends the sentence.
 */

// Titles and Latin shorthands that are always followed by more of the same sentence.
const neverFinal = new Set(
  (
    "mr mrs ms messrs dr prof gen sen rep gov lt col maj capt cpt sgt adm cmdr rev hon pres supt atty amb " +
    "mt ft e.g i.e vs cf viz"
  ).split(" "),
);

// Abbreviations that usually continue the sentence ("Aug. 8", "U.S. President", "Acme Inc. said")
// but can end one ("… talks with the U.S. The ministry …"): final only before a sentence opener.
const maybeFinal = new Set(
  (
    "jan feb mar apr jun jul aug sep sept oct nov dec inc corp ltd co jr sr st bros ave blvd rd dept univ " +
    "est approx fig figs vol nos pp ca no op calif fla ga mass mich minn tenn tex va wis ariz colo conn okla ky md nev neb kan"
  ).split(" "),
);

// Words that open sentences far more often than they follow an abbreviation inside one. After
// "U.S." or "Inc." a capitalised word outside this list is taken to be a name ("U.S. President").
const sentenceOpeners = new Set(
  (
    "the a an it its he she they we i you his her their our my this that these those there here in on at by " +
    "for from with after before during since until when while if as although though but and or so yet " +
    "however meanwhile still also then now some many most few several all both each every no not other " +
    "such what why how who where which last earlier later according asked under over despite instead another " +
    "one two three four five six seven eight nine ten officials analysts sources critics"
  ).split(" "),
);

// The longest entry of `neverFinal` and `maybeFinal` ("messrs", "approx"); an initial is at most
// two code units and a dotted acronym has a ".", so longer undotted tokens are ordinary words.
const maxAbbreviationLength = Math.max(
  ...[...neverFinal, ...maybeFinal].map((word) => word.length),
  2,
);

/** What a period after `token` means, given the word that follows it. */
export type PeriodRole = "final" | "not-final";

/**
 * Decides whether the period after `token` (the characters before the period, e.g. "U.S", "Aug",
 * "W") ends a sentence, given the next word (already known to start with an upper-case letter,
 * a digit or an opening quote). Ordinary words always give "final".
 */
export function judgePeriodAfter(token: string, nextWord: string): PeriodRole {
  // Most periods follow an ordinary word: longer than any listed abbreviation and undotted, it
  // can be no abbreviation, acronym or initial, and needs no lower-casing or regex.
  if (token.length > maxAbbreviationLength && !token.includes("."))
    return "final";
  const lower = token.toLowerCase();
  if (neverFinal.has(lower)) return "not-final";
  if (lower === "etc") return "final"; // "etc." before a capital ends the sentence
  // "No." is an abbreviation only before a number ("No. 10"); elsewhere it is the word "no".
  if (lower === "no") return /^\d/.test(nextWord) ? "not-final" : "final";
  const isDottedAcronym = /^\p{L}(\.\p{L})+$/u.test(token); // U.S, U.K, a.m, D.C
  const isInitial = /^\p{Lu}$/u.test(token); // "George W. Bush", "J. K. Rowling"
  if (isDottedAcronym || isInitial || maybeFinal.has(lower)) {
    const isOpener = sentenceOpeners.has(nextWord.toLowerCase());
    return isOpener ? "final" : "not-final";
  }
  return "final";
}
