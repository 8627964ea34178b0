/**
 * How strong a word makes a claim, for importance-lowered / importance-raised. Generic English,
 * nothing story-specific. Strengths are on a 0 (negligible) … 1 (decisive) scale; only the gaps
 * matter: two words in the same band ("key", "major") are synonyms, crossing a band is a change.
 */
import { toKey } from "./sentence-words";

/** Adjectives of importance or seriousness, compared when they qualify the same noun. */
const ADJECTIVES: ReadonlyArray<readonly [string, number]> = [
  // Decisive / very serious.
  ["critical", 0.95],
  ["crucial", 0.95],
  ["vital", 0.95],
  ["decisive", 0.95],
  ["essential", 0.9],
  ["fundamental", 0.9],
  ["grave", 0.9],
  ["severe", 0.9],
  ["massive", 0.9],
  ["huge", 0.9],
  ["unprecedented", 0.9],
  ["historic", 0.85],
  ["key", 0.85],
  ["major", 0.85],
  ["serious", 0.85],
  ["central", 0.8],
  ["main", 0.8],
  ["primary", 0.8],
  ["chief", 0.8],
  ["principal", 0.8],
  ["important", 0.8],
  ["significant", 0.8],
  ["dramatic", 0.8],
  ["sweeping", 0.8],
  // Middle.
  ["substantial", 0.7],
  ["considerable", 0.7],
  ["notable", 0.6],
  ["big", 0.6],
  ["large", 0.6],
  // Weak: small, or only possible.
  ["moderate", 0.45],
  ["modest", 0.35],
  ["limited", 0.35],
  ["small", 0.35],
  ["secondary", 0.35],
  ["possible", 0.3],
  ["potential", 0.3],
  ["minor", 0.2],
  ["slight", 0.2],
  ["marginal", 0.2],
  ["negligible", 0.1],
];

/**
 * Verbs grouped into families of the same action at different strengths: "slowed" → "halted"
 * raises, "decided" → "weighs" lowers. Words only compare within their family.
 */
const VERB_FAMILIES: Readonly<
  Record<string, ReadonlyArray<readonly [string, number]>>
> = {
  // Getting in the way of something.
  obstruct: [
    ["hamper", 0.4],
    ["hinder", 0.4],
    ["slow", 0.4],
    ["slowed", 0.4],
    ["delay", 0.4],
    ["complicate", 0.35],
    ["pause", 0.6],
    ["stall", 0.7],
    ["suspend", 0.8],
    ["freeze", 0.9],
    ["froze", 0.9],
    ["frozen", 0.9],
    ["block", 0.9],
    ["halt", 1],
    ["stop", 1],
    ["scrap", 1],
    ["cancel", 1],
  ],
  // Deciding: from thinking about it to having decided.
  decide: [
    ["consider", 0.3],
    ["weigh", 0.3],
    ["eye", 0.3],
    ["explore", 0.3],
    ["mull", 0.3],
    ["contemplate", 0.3],
    ["discuss", 0.3],
    ["propose", 0.5],
    ["seek", 0.5],
    ["plan", 0.6],
    ["intend", 0.6],
    ["prepare", 0.6],
    ["decide", 0.9],
    ["commit", 0.9],
    ["authorize", 0.9],
    ["authorise", 0.9],
    ["finalize", 1],
    ["finalise", 1],
  ],
  // Criticising.
  criticise: [
    ["criticize", 0.5],
    ["criticise", 0.5],
    ["condemn", 0.8],
    ["denounce", 0.9],
    ["slam", 0.9],
    ["blast", 0.9],
  ],
  // Asking someone to act.
  ask: [
    ["ask", 0.3],
    ["request", 0.3],
    ["encourage", 0.35],
    ["urge", 0.6],
    ["demand", 0.9],
  ],
  // Going up.
  rise: [
    ["rise", 0.5],
    ["rose", 0.5],
    ["risen", 0.5],
    ["increase", 0.5],
    ["grow", 0.5],
    ["grew", 0.5],
    ["climb", 0.5],
    ["jump", 0.8],
    ["surge", 0.9],
    ["soar", 1],
    ["skyrocket", 1],
  ],
  // Going down.
  fall: [
    ["dip", 0.3],
    ["slip", 0.3],
    ["ease", 0.3],
    ["fall", 0.5],
    ["fell", 0.5],
    ["fallen", 0.5],
    ["decline", 0.5],
    ["drop", 0.5],
    ["tumble", 0.8],
    ["plunge", 0.9],
    ["plummet", 1],
    ["collapse", 1],
  ],
  // Signalling a threat.
  warn: [
    ["hint", 0.3],
    ["suggest", 0.3],
    ["signal", 0.4],
    ["warn", 0.6],
    ["threaten", 0.8],
  ],
  // Damage.
  damage: [
    ["damage", 0.5],
    ["wreck", 0.9],
    ["devastate", 1],
    ["destroy", 1],
  ],
};

/** Adjective key → strength. */
export const INTENSITY_ADJECTIVES: ReadonlyMap<string, number> = new Map(
  ADJECTIVES.map(([word, strength]) => [toKey(word), strength]),
);

/** Verb key → family and strength. */
export const INTENSITY_VERBS: ReadonlyMap<
  string,
  { family: string; strength: number }
> = new Map(
  Object.entries(VERB_FAMILIES).flatMap(([family, words]) =>
    words.map(
      ([word, strength]) => [toKey(word), { family, strength }] as const,
    ),
  ),
);
