/**
 * Score one derivative sentence against the indexed reference units.
 *
 * Candidates come from the inverted index (only units sharing a content stem are looked at),
 * then each gets:
 *   lexical  = weighted Dice of the two stem sets; a term's weight is its IDF, raised for names
 *              and numbers (a paraphrase keeps them) and lowered for negations/modals (see
 *              claim-index.ts), so "Witkoff" or "60000" outweighs "said";
 *   verbatim = Dice of word-bigram sets (copying keeps word order; paraphrase does not),
 * blended into one score in [0, 1].
 */

import type { AlignMatch } from "./align-types";
import {
  type AlignIndex,
  COMPOUND_WHOLE_FACTOR,
  ENTITY_TOKEN_FACTOR,
  WEAK_TOKEN_FACTOR,
  TERM_ID_SPACE,
} from "./claim-index";
import { type Token, tokenizeWords as tokenize } from "../text/tokenize";
import { isEntityLike } from "./vocabulary";

/**
 * Blend weights (sum to 1, so the score stays in [0, 1] and a verbatim copy scores 1). Lexical
 * overlap carries most of the signal; bigrams lift a copy above a reworded sentence with the same
 * vocabulary. On the seed story, 0.75/0.25 separated true from false matches best among the
 * blends tried (0.6–0.9 lexical); a separate entity-overlap term was tried and dropped: on short
 * sentences ("Why Azerbaijan matters") one shared name gave it a full score.
 */
const LEXICAL_WEIGHT = 0.75;
const BIGRAM_WEIGHT = 0.25;

/** Units scoring below this are not returned at all: they share a stray word, nothing more. */
export const CANDIDATE_FLOOR = 0.08;
/** At most this many candidates per sentence: a sentence carries one to three units; 8 leaves room for splits. */
export const MAX_CANDIDATES = 8;

/** One scored unit, before it is turned into a public {@link AlignMatch}. */
export interface Candidate {
  /** Index into `index.units`. */
  unit: number;
  score: number;
  unitCoverage: number;
  sentenceCoverage: number;
  /** How many distinct content terms the sentence shares with the unit. */
  sharedTermCount: number;
}

/** A scored sentence: its candidates best first, and its distinct known content terms in order. */
export interface ScoredSentence {
  candidates: Candidate[];
  terms: number[];
  /** Total weight of the sentence's distinct content tokens (unseen ones at the maximum IDF). */
  sentenceWeight: number;
}

/** Clear the unseen-word memo past this size so a long run of articles cannot grow it without bound. */
const MAX_UNSEEN_MEMO = 50_000;

/**
 * Score the sentence `text.slice(start, end)` against every unit that shares a content stem
 * with it, keeping the best {@link MAX_CANDIDATES} at or above {@link CANDIDATE_FLOOR}.
 * `tokens` must be `tokenize(text, start, end)`; pass it when the caller already has it.
 */
export function scoreSentence(
  index: AlignIndex,
  text: string,
  start: number,
  end: number,
  tokens: readonly Token[] = tokenize(text, start, end),
): ScoredSentence {
  const scratch = index.scratch;
  const stamp = nextStamp(index);
  const {
    termStamps,
    unitStamps,
    sharedWeights,
    sharedCounts,
    bigramHits,
    touched,
    unseenStamps,
  } = scratch;
  if (unseenStamps.size > MAX_UNSEEN_MEMO) unseenStamps.clear();
  const { packedIds, postings, termWeights, bigramPostings, unseenWeight } =
    index;
  const terms: number[] = [];
  let sentenceWeight = 0;
  let touchedCount = 0;
  let sentenceBigrams = 0;
  let prevWord = -1; // -1: none yet; 0: a word the reference never uses; else word id + 1
  let isPrevStop = true;

  for (let k = 0; k < tokens.length; k++) {
    const key = tokens[k] as Token;
    const tokenStart = key.start;
    // The whole of a hyphenated compound: its parts follow inside its span (see isCompoundWhole).
    const isWhole =
      k + 1 < tokens.length && (tokens[k + 1] as Token).start < key.end;
    const packed = packedIds.get(key.norm) ?? 0;
    // Split without `%`: on numbers past 2^31 it is a slow floating-point remainder call. Exact,
    // since TERM_ID_SPACE is a power of two and packed ids stay far below 2^53.
    const wordPlusOne = Math.floor(packed / TERM_ID_SPACE);
    const termPlusOne = packed - wordPlusOne * TERM_ID_SPACE;
    if (!key.isStop) {
      if (termPlusOne === 0) {
        if (unseenStamps.get(key.norm) !== stamp) {
          unseenStamps.set(key.norm, stamp);
          const isEntity = !key.isWeak && isEntityLike(text, tokenStart, start);
          const kindFactor = key.isWeak
            ? WEAK_TOKEN_FACTOR
            : isEntity
              ? ENTITY_TOKEN_FACTOR
              : 1;
          sentenceWeight +=
            unseenWeight * kindFactor * (isWhole ? COMPOUND_WHOLE_FACTOR : 1);
        }
      } else {
        const id = termPlusOne - 1;
        if (termStamps[id] !== stamp) {
          termStamps[id] = stamp;
          terms.push(id);
          const w = termWeights[id] ?? 0;
          sentenceWeight += w;
          const units = postings[id];
          if (units !== undefined) {
            for (let p = 0; p < units.length; p++) {
              const u = units[p] ?? 0;
              if (unitStamps[u] !== stamp) {
                unitStamps[u] = stamp;
                sharedWeights[u] = 0;
                sharedCounts[u] = 0;
                bigramHits[u] = 0;
                touched[touchedCount++] = u;
              }
              sharedWeights[u] = (sharedWeights[u] ?? 0) + w;
              sharedCounts[u] = (sharedCounts[u] ?? 0) + 1;
            }
          }
        }
      }
    }
    if (isWhole) continue; // bigrams run over the parts of a compound, not its whole
    const word = wordPlusOne; // word id + 1, or 0
    if (prevWord !== -1 && !(isPrevStop && key.isStop)) {
      sentenceBigrams++;
      if (prevWord > 0 && word > 0) {
        const units = bigramPostings.get(prevWord - 1)?.get(word - 1);
        if (units !== undefined) {
          for (let p = 0; p < units.length; p++) {
            const u = units[p] ?? 0;
            if (unitStamps[u] === stamp)
              bigramHits[u] = (bigramHits[u] ?? 0) + 1;
          }
        }
      }
    }
    prevWord = word;
    isPrevStop = key.isStop;
  }

  // Keep the best MAX_CANDIDATES by insertion into a short sorted list: no per-unit objects.
  const candidates: Candidate[] = [];
  for (let c = 0; c < touchedCount; c++) {
    const u = touched[c] ?? 0;
    const shared = sharedWeights[u] ?? 0;
    const unitWeight = index.unitWeights[u] ?? 0;
    const lexical = (2 * shared) / (unitWeight + sentenceWeight);
    const unitBigrams = index.unitBigramCounts[u] ?? 0;
    const bigramTotal = unitBigrams + sentenceBigrams;
    const hits = Math.min(bigramHits[u] ?? 0, unitBigrams, sentenceBigrams);
    // No bigram on either side (one-word texts): word order says nothing, so it follows the lexical part.
    const verbatim = bigramTotal > 0 ? (2 * hits) / bigramTotal : lexical;
    const score = Math.min(
      1,
      LEXICAL_WEIGHT * lexical + BIGRAM_WEIGHT * verbatim,
    );
    if (score < CANDIDATE_FLOOR) continue;
    const last = candidates[MAX_CANDIDATES - 1];
    if (
      last !== undefined &&
      compareScores(score, u, last.score, last.unit) >= 0
    )
      continue;
    const candidate: Candidate = {
      unit: u,
      score,
      unitCoverage: unitWeight > 0 ? shared / unitWeight : 0,
      sentenceCoverage: sentenceWeight > 0 ? shared / sentenceWeight : 0,
      sharedTermCount: sharedCounts[u] ?? 0,
    };
    let at = candidates.length;
    while (
      at > 0 &&
      compareCandidates(candidate, candidates[at - 1] ?? candidate) < 0
    )
      at--;
    candidates.splice(at, 0, candidate);
    if (candidates.length > MAX_CANDIDATES) candidates.length = MAX_CANDIDATES;
  }
  return { candidates, terms, sentenceWeight };
}

function compareScores(
  scoreA: number,
  unitA: number,
  scoreB: number,
  unitB: number,
): number {
  return scoreB - scoreA || unitA - unitB;
}

/** Best score first; ties by reference order so results never depend on hashing or insertion order. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return compareScores(a.score, a.unit, b.score, b.unit);
}

/** A fresh call marker; on wrap-around (after 4 billion calls) the stamp arrays are cleared. */
function nextStamp(index: AlignIndex): number {
  const s = index.scratch;
  s.stamp++;
  if (s.stamp > 0xffffffff) {
    s.termStamps.fill(0);
    s.unitStamps.fill(0);
    s.unseenStamps.clear();
    s.stamp = 1;
  }
  return s.stamp;
}

/** Content-term keys the sentence shares with unit `u`, in sentence order. */
export function listSharedTokens(
  index: AlignIndex,
  terms: readonly number[],
  u: number,
): string[] {
  const unitTerms = index.unitTerms[u];
  const shared: string[] = [];
  if (unitTerms === undefined) return shared;
  for (const id of terms)
    if (unitTerms.has(id)) shared.push(index.termNorms[id] ?? "");
  return shared;
}

/** Turn an internal candidate into the public match shape. */
export function toAlignMatch(
  index: AlignIndex,
  terms: readonly number[],
  c: Candidate,
): AlignMatch {
  return {
    unitId: index.units[c.unit]?.id ?? "",
    score: c.score,
    unitCoverage: c.unitCoverage,
    sentenceCoverage: c.sentenceCoverage,
    sharedTokens: listSharedTokens(index, terms, c.unit),
  };
}

/**
 * Align one sentence (`text.slice(start, end)`, absolute offsets) with the reference units.
 * Returns candidate units best first (at most {@link MAX_CANDIDATES}, none below
 * {@link CANDIDATE_FLOOR}); whether a candidate is accepted is `alignArticle`'s decision.
 */
export function alignSentence(
  index: AlignIndex,
  text: string,
  start: number,
  end: number,
): AlignMatch[] {
  const { candidates, terms } = scoreSentence(index, text, start, end);
  return candidates.map((c) => toAlignMatch(index, terms, c));
}
