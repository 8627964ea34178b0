/**
 * How strong a word makes a claim, for importance-lowered / importance-raised. Generic English,
 * nothing story-specific: graded scales in the sense of Horn scales (Horn 1972; "some < most <
 * all") and of the verb-intensity lexicons of Sheinman et al. (2013, "LexGraded"), written for
 * news prose. Strengths are on a 0 (negligible) … 1 (decisive) scale; only the gaps matter: two
 * words in the same band ("key", "major") are synonyms, crossing a band (0.3, see
 * detect-importance-change.ts) is a change. Data only; the rule is classify/detect-importance-change.ts.
 */
import { toWordSet } from "./common";

/** Adjectives of importance or seriousness, compared when they qualify the same noun. */
export const INTENSITY_ADJECTIVE_ENTRIES: ReadonlyArray<readonly [string, number]> = [
  // The one at the top: "the top candidate", "the leading contender".
  ["top", 1],
  ["foremost", 1],
  ["leading", 0.95],
  ["prime", 0.95],
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
  ["strong", 0.75],
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
  ["likely", 0.5],
  ["probable", 0.5],
  ["prospective", 0.3],
  ["minor", 0.2],
  ["slight", 0.2],
  ["marginal", 0.2],
  ["negligible", 0.1],
];

/**
 * Verbs (and fixed verb phrases, matched word by word on their stems) grouped into families of
 * the same action at different strengths: "suspended" → "put an end to" raises, "decided" →
 * "weighs" lowers. Words only compare within a family; a word may sit in two families ("ease":
 * falling prices, easing a problem). Ambiguous bare nouns ("end") are listed only in phrases that
 * make them verbs ("an end to", "to end").
 */
export const INTENSITY_VERB_FAMILIES: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  // Getting in the way of something, from slowing it to ending it for good: suspend < halt < end.
  obstruct: [
    ["hamper", 0.3],
    ["hinder", 0.3],
    ["slow", 0.3],
    ["delay", 0.3],
    ["complicate", 0.3],
    ["postpone", 0.4],
    ["defer", 0.4],
    ["restrict", 0.4],
    ["limit", 0.4],
    ["curb", 0.4],
    ["pause", 0.5],
    ["suspend", 0.5],
    ["put on hold", 0.5],
    ["stall", 0.5],
    ["freeze", 0.6],
    ["froze", 0.6],
    ["frozen", 0.6],
    ["halt", 0.7],
    ["stop", 0.7],
    ["block", 0.7],
    ["bar", 0.7],
    ["ban", 0.8],
    ["prohibit", 0.8],
    ["cancel", 1],
    ["scrap", 1],
    ["terminate", 1],
    ["abolish", 1],
    ["annul", 1],
    ["revoke", 1],
    ["quash", 1],
    ["nullify", 1],
    ["overturn", 1],
    ["strike down", 1],
    ["an end to", 1],
    ["to end", 1],
    ["abandon", 1],
  ],
  // Dealing with a problem, from working on it to removing it.
  remedy: [
    ["address", 0.4],
    ["tackle", 0.4],
    ["combat", 0.4],
    ["ease", 0.4],
    ["alleviate", 0.4],
    ["mitigate", 0.4],
    ["reduce", 0.5],
    ["improve", 0.5],
    ["solve", 0.9],
    ["resolve", 0.9],
    ["fix", 0.9],
    ["an end to", 1],
    ["to end", 1],
    ["eliminate", 1],
    ["eradicate", 1],
  ],
  // Deciding: from thinking about it to having decided (consider < plan < decide).
  decide: [
    ["consider", 0.3],
    ["weigh", 0.3],
    ["eye", 0.3],
    ["explore", 0.3],
    ["mull", 0.3],
    ["contemplate", 0.3],
    ["discuss", 0.3],
    ["study", 0.3],
    ["propose", 0.5],
    ["seek", 0.5],
    ["plan", 0.6],
    ["intend", 0.6],
    ["prepare", 0.6],
    ["decide", 0.9],
    ["agree", 0.9],
    ["approve", 0.9],
    ["commit", 0.9],
    ["authorize", 0.9],
    ["authorise", 0.9],
    ["finalize", 1],
    ["finalise", 1],
  ],
  // Knowing a quantity: a guess, an estimate, a measurement (estimate < measure).
  quantify: [
    ["guess", 0.2],
    ["estimate", 0.4],
    ["project", 0.4],
    ["forecast", 0.4],
    ["predict", 0.4],
    ["expect", 0.4],
    ["calculate", 0.7],
    ["measure", 0.8],
    ["count", 0.8],
    ["record", 0.8],
  ],
  // Evidence for a claim: from a hint to a proof.
  evidence: [
    ["hint", 0.2],
    ["suggest", 0.3],
    ["indicate", 0.4],
    ["show", 0.8],
    ["find", 0.8],
    ["demonstrate", 0.9],
    ["establish", 0.9],
    ["prove", 1],
    ["confirm", 1],
  ],
  // Criticising.
  criticise: [
    ["question", 0.3],
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
    ["press", 0.6],
    ["demand", 0.9],
    ["order", 1],
  ],
  // Going up.
  rise: [
    ["edge up", 0.3],
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
    ["edge down", 0.3],
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
  // Going under, from sinking to gone (an ongoing process against a finished one).
  submerge: [
    ["sink", 0.5],
    ["erode", 0.5],
    ["disappearing", 0.5],
    ["vanishing", 0.5],
    ["shrinking", 0.5],
    ["submerge", 0.9],
    ["sunk", 0.9],
    ["sunken", 0.9],
    ["underwater", 0.9],
    ["drowned", 0.9],
    ["disappeared", 0.9],
    ["vanished", 0.9],
  ],
};

/** Words that play a claim down as much as a weak adjective does ("barely", "hardly"). */
export const DOWNTONERS = toWordSet("barely hardly scarcely marginally slightly");
