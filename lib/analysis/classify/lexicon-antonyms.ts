/**
 * A small generic table of opposites for antonym-flip. Each entry lists the word forms of one
 * side (inflections the stemmer does not join, like "rose"/"rise", are listed) against the other.
 * Only pairs whose swap reverses a news claim are here; nothing story-specific.
 */
import { toKey } from "./sentence-words";

const PAIRS: ReadonlyArray<readonly [string, string]> = [
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

/** Word key → keys of its opposites. */
export const ANTONYMS: ReadonlyMap<
  string,
  ReadonlySet<string>
> = buildAntonyms();

function buildAntonyms(): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const add = (from: string, to: string): void => {
    if (from === to) return;
    const set = map.get(from) ?? new Set<string>();
    set.add(to);
    map.set(from, set);
  };
  for (const [left, right] of PAIRS) {
    const leftKeys = left.split(" ").map(toKey);
    const rightKeys = right.split(" ").map(toKey);
    for (const a of leftKeys)
      for (const b of rightKeys) {
        add(a, b);
        add(b, a);
      }
  }
  return map;
}

/** Comparatives whose removal reverses the sense: "less costly" → "costly". */
export const DIMINISHING_COMPARATIVES: ReadonlySet<string> = new Set(
  ["less", "fewer"].map(toKey),
);
