/**
 * Claim strength of causal language (0 no relationship < 1 correlation < 2 conditional causation
 * < 3 causation), read from the cue phrases of lexicon/claim-strength.ts. "Linked to" written up
 * as "causes" is the commonest exaggeration of science news (Sumner et al., BMJ 2014).
 */
import {
  ADJECTIVAL_PRECEDERS,
  CAUSAL_ADJECTIVES,
  CAUSAL_CUES,
  CAUSAL_HEDGES,
  CAUSAL_PAST,
  CORRELATION_CUES,
  NO_RELATIONSHIP_CUES,
} from "../lexicon/claim-strength";
import { MAX_TOKENS_PER_SPAN } from "../text/limits";

/** 0 no relationship, 1 correlation, 2 conditional causation, 3 causation. */
export type ClaimStrength = 0 | 1 | 2 | 3;

/** The strength of a text and the words that set it ("may reduce"), absent at strength 0. */
export interface ClaimStrengthReading {
  strength: ClaimStrength;
  cue?: string;
}

type CueKind = "correlation" | "causal" | "causal-verb" | "hedge" | "negation";

interface Cue {
  kind: CueKind;
  words: string[];
}

// A hedge this many words before a causal cue makes it conditional: "may also help to reduce"
// (4 words) is about the widest real span; "suggest that the drug … reduces" is handled by the
// clause-level hedge below.
const HEDGE_WINDOW = 5;
// A negation this close before a cue denies it: "did not significantly reduce", "was not associated".
const NEGATION_WINDOW = 3;

const CUES_BY_FIRST = new Map<string, Cue[]>();
function addCues(kind: CueKind, phrases: readonly string[]): void {
  for (const phrase of phrases) {
    const words = phrase.split(" ");
    const first = words[0] ?? "";
    const list = CUES_BY_FIRST.get(first) ?? [];
    list.push({ kind, words });
    // Longest phrase first, so "protects against" wins over "protects".
    list.sort((a, b) => b.words.length - a.words.length);
    CUES_BY_FIRST.set(first, list);
  }
}
addCues("negation", NO_RELATIONSHIP_CUES);
addCues("correlation", CORRELATION_CUES);
addCues("causal", CAUSAL_CUES.filter((phrase) => phrase.includes(" ")));
addCues("causal", CAUSAL_ADJECTIVES);
addCues("causal-verb", CAUSAL_CUES.filter((phrase) => !phrase.includes(" ")));
addCues("causal-verb", CAUSAL_PAST);
addCues("hedge", CAUSAL_HEDGES);
const ADJECTIVAL = new Set(ADJECTIVAL_PRECEDERS);

function toWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? []).slice(0, MAX_TOKENS_PER_SPAN);
}

function matchAt(words: readonly string[], index: number): Cue | undefined {
  const candidates = CUES_BY_FIRST.get(words[index] ?? "");
  return candidates?.find((cue) => cue.words.every((word, offset) => words[index + offset] === word));
}

/** Reads the claim strength of a sentence or short passage. */
export function readClaimStrength(text: string): ClaimStrengthReading {
  const words = toWords(text);
  let best: ClaimStrengthReading = { strength: 0 };
  let lastHedge = -Infinity;
  let lastNegation = -Infinity;
  let hasClauseHedge = false;
  for (let index = 0; index < words.length; ) {
    const cue = matchAt(words, index);
    if (!cue) {
      index += 1;
      continue;
    }
    const end = index + cue.words.length;
    const text = cue.words.join(" ");
    if (cue.kind === "hedge") {
      lastHedge = index;
      // "suggest(s) that", "indicate(s) that": the whole clause after it is an inference.
      if (words[end] === "that" && /^(?:suggest|indicate|appear|seem)/.test(text)) hasClauseHedge = true;
    } else if (cue.kind === "negation") lastNegation = end - 1;
    else {
      const isNegated = index - lastNegation <= NEGATION_WINDOW;
      const isAdjectival = cue.kind === "causal-verb" && ADJECTIVAL.has(words[index - 1] ?? "");
      if (!isNegated && !isAdjectival) {
        let strength: ClaimStrength = 1;
        if (cue.kind !== "correlation")
          strength = hasClauseHedge || index - lastHedge <= HEDGE_WINDOW ? 2 : 3;
        if (strength > best.strength) best = { strength, cue: text };
      }
    }
    index = end;
  }
  return best;
}
