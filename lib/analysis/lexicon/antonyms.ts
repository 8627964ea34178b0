/**
 * A small generic table of opposites for antonym-flip. Each entry lists the word forms of one
 * side (inflections the stemmer does not join, like "rose"/"rise", are listed) against the other.
 * Only pairs whose swap reverses a news claim are here; nothing story-specific. Keyed by stem in
 * classify/keyed-lexicon.ts.
 */

export const ANTONYM_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["less", "more"],
  ["fewer", "more"],
  [
    "increase increased increases",
    "decrease decreased decreases reduce reduced reduces",
  ],
  ["rise rises rose risen rising", "fall falls fell fallen falling"],
  ["higher", "lower"],
  ["larger bigger", "smaller"],
  ["approve approved approves approval", "reject rejected rejects rejection"],
  ["accept accepted accepts", "refuse refused refuses"],
  ["win wins won winning", "lose loses lost losing"],
  ["victory", "defeat"],
  ["gain gains gained", "loss losses"],
  ["costly expensive", "cheap cheaper inexpensive"],
  [
    "ally allies allied",
    "rival rivals adversary adversaries enemy enemies foe foes",
  ],
  ["friend friends friendly", "enemy enemies hostile"],
  ["support supports supported", "oppose opposes opposed opposition"],
  ["strengthen strengthened strengthens", "weaken weakened weakens"],
  ["expand expanded expands expansion", "shrink shrank shrunk shrinks"],
  ["include included includes", "exclude excluded excludes"],
  [
    "success successful succeed succeeded",
    "failure failed fail fails unsuccessful",
  ],
  ["agree agreed agrees", "disagree disagreed disagrees"],
  ["legal", "illegal"],
  ["confirm confirmed confirms", "deny denied denies"],
  [
    "allow allowed allows permit permitted",
    "ban banned bans forbid forbade prohibit prohibited",
  ],
  ["lift lifted lifts", "impose imposed imposes"],
  ["ease eased eases loosen loosened", "tighten tightened tightens"],
  ["boost boosted boosts", "cut cuts"],
  ["buy bought buys", "sell sold sells"],
  ["import imports imported", "export exports exported"],
  ["majority", "minority"],
  ["positive", "negative"],
  ["optimistic", "pessimistic"],
  ["likely", "unlikely"],
  ["possible", "impossible"],
  ["able", "unable"],
  ["guilty", "innocent"],
  ["acquit acquitted", "convict convicted"],
  ["strong stronger", "weak weaker"],
  ["advance advanced advances", "retreat retreated retreats"],
  [
    "praise praised praises",
    "criticize criticized criticizes criticise criticised",
  ],
];

/** Comparatives whose removal reverses the sense: "less costly" → "costly". */
export const DIMINISHING_COMPARATIVE_WORDS: readonly string[] = ["less", "fewer"];
