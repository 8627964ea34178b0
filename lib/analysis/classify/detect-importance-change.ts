/**
 * importance-lowered / importance-raised: "a key obstacle" → "a possible obstacle", "slowed" →
 * "halted", "decided" → "weighs". Adjectives are compared when they qualify the same noun;
 * verbs when they belong to the same family in lexicon/intensity.ts.
 */
import { DOWNTONERS } from "../lexicon/intensity";
import { INTENSITY_ADJECTIVES, INTENSITY_VERBS } from "./keyed-lexicon";
import { createFinding, quoteWords } from "./reason-codes";
import {
  getSentenceWords,
  isInside,
  memoizeByView,
  toKey,
  type Word,
} from "./sentence-words";
import type { Detector, Finding, SentenceView } from "./types";

// Crossing one band of the lexicon (key 0.85 → possible 0.3, slowed 0.4 → halted 1); "key" →
// "major" (0) or "serious" → "significant" (0.05) are synonyms.
const MIN_INTENSITY_GAP = 0.3;
// An intensifier added to a noun the reference leaves bare ("obstacle" → "major obstacle") is
// real but milder than a swap, and dropping one is usually tightening prose (not reported).
const UNPAIRED_WEIGHT_FACTOR = 0.6;
const STRONG_ADJECTIVE = 0.8;
const WEAK_ADJECTIVE = 0.35;
// The qualified noun follows within this many words ("a key *sticking* point", "a major new *deal*").
const NOUN_WINDOW = 2;

interface Qualified {
  word: Word;
  text: string;
  strength: number;
  nouns: string[];
  /** The next word is capitalised. */
  isBeforeName: boolean;
}

/** Compares intensity adjectives (by noun) and intensity verbs (by family). */
export const detectImportanceChange: Detector = (ref, der) => {
  const derAdjectives = listAdjectives(der);
  // Every finding names a derivative adjective or verb: without one there is nothing to compare.
  if (derAdjectives.length === 0 && listVerbs(der).length === 0) return [];
  const findings: Finding[] = [];
  const refAdjectives = ref.flatMap((view) => listAdjectives(view));
  const refContent = ref.map((view) => getSentenceWords(view).content);
  for (const item of derAdjectives) {
    const partner = refAdjectives.find((candidate) =>
      candidate.nouns.some((noun) => item.nouns.includes(noun)),
    );
    if (partner) {
      pushGap(
        findings,
        partner.strength,
        item.strength,
        partner.text,
        item.text,
        1,
      );
      continue;
    }
    const noun = item.nouns[0];
    // Before a name the adjective is an epithet ("the historic Abraham Accords"), not a claim.
    if (
      noun === undefined ||
      item.isBeforeName ||
      !refContent.some((content) => content.has(noun))
    )
      continue;
    if (item.strength >= STRONG_ADJECTIVE || item.strength <= WEAK_ADJECTIVE) {
      const isRaised = item.strength >= STRONG_ADJECTIVE;
      // "barely wider" → "only slightly wider": the reference already plays it down.
      if (!isRaised && ref.some((view) => hasDowntoner(view))) continue;
      findings.push(
        createFinding(
          isRaised ? "importance-raised" : "importance-lowered",
          `The derivative adds ${quoteWords(item.text)}, which the reference does not use for this.`,
          { derivative: item.text },
          { weightFactor: UNPAIRED_WEIGHT_FACTOR },
        ),
      );
    }
  }
  compareVerbs(ref, der, findings);
  return findings;
};

const DOWNTONER_KEYS = new Set([...DOWNTONERS].map(toKey));

const hasDowntoner = memoizeByView((view: SentenceView): boolean =>
  getSentenceWords(view).words.some((word) => DOWNTONER_KEYS.has(word.norm)),
);

function pushGap(
  findings: Finding[],
  refStrength: number,
  derStrength: number,
  refText: string,
  derText: string,
  factor: number,
): void {
  const gap = derStrength - refStrength;
  if (Math.abs(gap) < MIN_INTENSITY_GAP) return;
  const evidence = { reference: refText, derivative: derText };
  const detail = `${quoteWords(refText)} became ${quoteWords(derText)}`;
  findings.push(
    gap < 0
      ? createFinding(
          "importance-lowered",
          `${detail}: weaker than the reference.`,
          evidence,
          { weightFactor: factor },
        )
      : createFinding(
          "importance-raised",
          `${detail}: stronger than the reference.`,
          evidence,
          { weightFactor: factor },
        ),
  );
}

/** An intensity verb of a sentence. */
interface IntensityVerb {
  norm: string;
  family: string;
  strength: number;
  text: string;
}

/** The sentence's intensity adjectives (with the nouns they qualify) and verbs, in one pass, cached per view. */
const listIntensityWords = memoizeByView(
  (view: SentenceView): { adjectives: Qualified[]; verbs: IntensityVerb[] } => {
    const { words } = getSentenceWords(view);
    const quotes = view.features.quotes;
    const adjectives: Qualified[] = [];
    const verbs: IntensityVerb[] = [];
    words.forEach((word, index) => {
      const entries = INTENSITY_VERBS.get(word.norm);
      if (entries && !isInside(quotes, word.start, word.end)) {
        let matchedLength = 0;
        for (const entry of entries) {
          // Longest first: once a phrase matched, shorter entries of other families may still
          // match only with the same words ("an end to" is both ending a deal and a problem).
          if (matchedLength > 0 && entry.keys.length < matchedLength) break;
          const isMatch = entry.keys.every(
            (key, offset) => words[index + offset]?.norm === key,
          );
          if (!isMatch) continue;
          matchedLength = entry.keys.length;
          const last = words[index + entry.keys.length - 1] ?? word;
          verbs.push({
            norm: entry.keys.join(" "),
            family: entry.family,
            strength: entry.strength,
            text: view.text.slice(word.start, last.end),
          });
        }
      }
      const strength = INTENSITY_ADJECTIVES.get(word.norm);
      if (strength === undefined || isInside(quotes, word.start, word.end))
        return;
      const nouns: string[] = [];
      for (
        let next = index + 1;
        next < words.length && nouns.length < NOUN_WINDOW;
        next += 1
      ) {
        const candidate = words[next];
        if (!candidate || candidate.isWeak) break;
        if (!candidate.isStop) nouns.push(candidate.norm);
        else break;
      }
      if (nouns.length > 0)
        adjectives.push({
          word,
          text: view.text.slice(word.start, word.end),
          strength,
          nouns,
          isBeforeName: words[index + 1]?.isCap === true,
        });
    });
    return { adjectives, verbs };
  },
);

function listAdjectives(view: SentenceView): Qualified[] {
  return listIntensityWords(view).adjectives;
}

function listVerbs(view: SentenceView): IntensityVerb[] {
  return listIntensityWords(view).verbs;
}

function compareVerbs(
  ref: readonly SentenceView[],
  der: SentenceView,
  findings: Finding[],
): void {
  const refVerbs = ref.flatMap((view) => listVerbs(view));
  const derVerbs = listVerbs(der);
  for (const item of derVerbs) {
    if (refVerbs.some((other) => other.norm === item.norm)) continue;
    const partner = refVerbs.find(
      (other) =>
        other.family === item.family &&
        !derVerbs.some((mine) => mine.norm === other.norm),
    );
    if (partner)
      pushGap(
        findings,
        partner.strength,
        item.strength,
        partner.text,
        item.text,
        1,
      );
  }
}
