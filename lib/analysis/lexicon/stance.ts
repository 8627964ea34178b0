/**
 * The stance lexicon: wooorm's maintained `hedges` and `weasels` lists, curated for news prose,
 * plus news-specific hedges, boosters and weasels. One entry per phrase; when a phrase is in
 * several lists the kind is chosen booster > hedge > weasel.
 */
import { hedges } from "hedges";
import { weasels } from "weasels";

import type { StanceMention } from "../types";

type StanceKind = StanceMention["kind"];

// Entries of the generic hedge list that are not hedges in news prose, with why.
const HEDGE_EXCLUSIONS = new Set([
  // Numeric qualifiers: the numbers detector reports them as `qualifier` ("about 100,000").
  "about",
  "around",
  "almost",
  "approximately",
  "roughly",
  "at least",
  // Quantifiers: the quantifier detector scores them ("some", "most", "several").
  "few",
  "many",
  "most",
  "much",
  "several",
  "some",
  "couple",
  "bunch",
  "little",
  // Modals that are not hedges (can = ability, must/should = obligation, would = conditional);
  // "will" is a booster below. could/may/might stay hedges, as the labels expect.
  "can",
  "must",
  "should",
  "would",
  "will",
  // Certainty words: boosters, not hedges.
  "certain",
  "certainly",
  "clear",
  "clearly",
  "definite",
  "definitely",
  "surely",
  "be sure",
  "quite clearly",
  "always",
  "evidently",
  "actually",
  "really",
  // Reporting and ordinary verbs that are far more often literal in news than hedging.
  "say",
  "says",
  "read",
  "find",
  "finds",
  "found",
  "consider",
  "considered",
  "considers",
  "understand",
  "understands",
  "understood",
  "thought",
  // Prepositions/fillers and discourse markers: "areas like trade", "rather than", "so far".
  "like",
  "rather",
  "quite",
  "so far",
  "overall",
  "pretty",
  // Indefinite pronouns: vague references, not epistemic hedges.
  "somebody",
  "someone",
  "something",
  "somewhere",
  "something or other",
  // Rare in news, misleading when they occur ("a rare visit", "diagnostic tests").
  "rare",
  "diagnostic",
  "effectively",
]);

// Entries of the generic weasel list kept for news: intensifiers and vague appeals that make a
// claim sound bigger or better-sourced than it is. The rest of that list is function words
// ("that", "then", "so", "up", "also", "only", "just", "still", "even"), quantifiers handled
// elsewhere ("all", "some", "many", "most", "several", "few"), and narrative or marketing verbs
// ("saw", "knew", "felt", "helps", "works", "improved") that are literal in reporting.
const WEASEL_KEEP = new Set([
  "arguably",
  "experts",
  "expert",
  "significantly",
  "substantially",
  "relatively",
  "remarkably",
  "surprisingly",
  "interestingly",
  "exceedingly",
  "extremely",
  "vast",
  "huge",
  "tiny",
  "various",
  "completely",
  "literally",
  "very",
  "linked to",
  "is a number",
  "are a number",
  "a lot",
  "lots",
]);

// News hedges the generic list lacks: evidential and tentative wording.
const NEWS_HEDGES = [
  "reportedly",
  "allegedly",
  "possibly",
  "potentially",
  "potential",
  "likely",
  "expected to",
  "appears",
  "appear",
  "appeared",
  "appears to",
  "appeared to",
  "seems",
  "seem",
  "seemed",
  "could",
  "may",
  "might",
  "suggest",
  "suggests",
  "suggested",
  "believed to",
  "reported",
  "claimed",
  "unconfirmed",
  "purportedly",
  "purported",
  "rumoured",
  "rumored",
  "unverified",
  "said to be",
  "is said to",
  "are said to",
  "thought to",
  "understood to",
  "it is understood",
  "tipped to",
  "speculation",
  "tentative",
  "tentatively",
  "hinted",
  "hints",
  "would likely",
  "could potentially",
];

// News boosters: words that present something as settled or firm.
const NEWS_BOOSTERS = [
  "clearly",
  "definitely",
  "certainly",
  "confirmed",
  "undoubtedly",
  "officially",
  "actively",
  "indeed",
  "will",
  "no doubt",
  "without doubt",
  "beyond doubt",
  "always",
  "surely",
  "of course",
  "obviously",
  "evidently",
  "undeniably",
  "unquestionably",
  "in fact",
  "definitive",
  "definitively",
  "firmly",
  "set to",
  "poised to",
  "guaranteed",
  "proven",
  "is certain",
  "are certain",
  "was certain",
  "certain to",
  "sure to",
  "bound to",
  "decisively",
  "categorically",
];

// News weasels: unnamed crowds and passive judgements ("widely regarded").
const NEWS_WEASELS = [
  "analysts",
  "observers",
  "critics",
  "commentators",
  "some say",
  "critics say",
  "it is said",
  "many believe",
  "widely regarded",
  "widely seen",
  "widely viewed",
  "widely believed",
  "widely considered",
  "is seen as",
  "are seen as",
  "seen as",
  "viewed as",
  "regarded as",
  "considered by many",
  "according to some",
  "it is believed",
  "some argue",
];

/** Phrase → hedge | booster | weasel (compiled into a phrase table by features/stance.ts). */
export const STANCE_ENTRIES: ReadonlyMap<string, StanceKind> = buildStanceEntries();

function buildStanceEntries(): Map<string, StanceKind> {
  const entries = new Map<string, StanceKind>();
  // Lowest precedence first, so a later list overwrites an earlier one.
  for (const word of weasels)
    if (WEASEL_KEEP.has(word)) entries.set(word, "weasel");
  for (const word of NEWS_WEASELS) entries.set(word, "weasel");
  for (const word of hedges)
    if (!HEDGE_EXCLUSIONS.has(word))
      entries.set(word.replace(/’/g, "'"), "hedge");
  for (const word of NEWS_HEDGES) entries.set(word, "hedge");
  for (const word of NEWS_BOOSTERS) entries.set(word, "booster");
  return entries;
}
