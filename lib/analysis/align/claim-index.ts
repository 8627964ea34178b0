/**
 * The reference side of alignment, computed once per reference: an inverted index from content
 * stems to units with IDF weights, per-unit weight totals, and per-unit word-bigram sets that
 * catch near-verbatim copying. Everything a derivative sentence is scored against lives here, so
 * scoring one sentence touches only the units that share a stem with it.
 */

import type { AlignUnit } from "./align-types";
import { tokenizeWords as tokenize } from "../text/tokenize";
import {
  buildVocabulary,
  findBoundNameTerms,
  isCompoundWhole,
} from "./vocabulary";

/**
 * Weight multiplier for negations, modals and quantifiers ("not", "may", "all"): they change what
 * a claim says, which the classifier judges, but are too common to tell WHICH claim a sentence
 * carries. A fifth of a content word keeps them from deciding a match on their own.
 */
export const WEAK_TOKEN_FACTOR = 0.2;

/**
 * Weight of a name word that only ever appears beside the same other name word (see
 * findBoundNameTerms): the pair counts about 1.3 words instead of 2.
 */
const NAME_CONTINUATION_FACTOR = 0.3;

/**
 * Weight multiplier for names and numbers (capitalised mid-sentence, or digits): the anchors a
 * paraphrase keeps when it rewords everything else. 1.5 separated true from false matches on the
 * seed story better than 1 (no bonus) or 2 (one shared name starts to decide a match).
 */
export const ENTITY_TOKEN_FACTOR = 1.5;

/**
 * Weight of a whole hyphenated compound ("muslim-majority"): its parts are tokens too and carry
 * the meaning; the whole only adds that the compound was kept as written. At full weight a
 * compound counted three times.
 */
export const COMPOUND_WHOLE_FACTOR = 0.3;

/** The precomputed reference side. Build it with {@link buildAlignIndex}; treat it as opaque. */
export interface AlignIndex {
  readonly units: readonly AlignUnit[];
  /** Content key (or a variant of one, "asian" for "asia") → term id. */
  readonly termIds: ReadonlyMap<string, number>;
  readonly termNorms: readonly string[];
  /** IDF × kind factor per term id. */
  readonly termWeights: Float64Array;
  /** 1 when the term is a number or a name (capitalised mid-sentence somewhere in the reference). */
  readonly isEntityTerm: Uint8Array;
  /** Term id → indices of the units containing it, ascending. */
  readonly postings: readonly Int32Array[];
  /** Weight an unseen sentence token gets: the IDF of a term in no unit (the maximum). */
  readonly unseenWeight: number;
  /** Per unit: the distinct content term ids, and (below) their weight totals. */
  readonly unitTerms: readonly ReadonlySet<number>[];
  readonly unitWeights: Float64Array;
  /** Every token key (stop words included) → id, for bigrams. */
  readonly wordIds: ReadonlyMap<string, number>;
  /**
   * Both ids in one lookup for the scoring hot path: key → (wordId + 1) × TERM_ID_SPACE +
   * (termId + 1); a zero part means "none" (stop words have no term, variants no word).
   */
  readonly packedIds: ReadonlyMap<string, number>;
  /**
   * First word id → second word id → indices of the units containing that word pair. Two small
   * integer keys rather than one {@link bigramKey}: a key past 2^31 is a boxed number, which the
   * scoring hot path would allocate for every lookup.
   */
  readonly bigramPostings: ReadonlyMap<number, ReadonlyMap<number, Int32Array>>;
  readonly unitBigramCounts: Int32Array;
  /** Reusable per-call buffers (scoring allocates no per-unit arrays). Not part of the result. */
  readonly scratch: AlignScratch;
}

/** Buffers reused by every scoring call; `stamp` marks which entries belong to the current call. */
export interface AlignScratch {
  stamp: number;
  readonly termStamps: Uint32Array;
  readonly unitStamps: Uint32Array;
  readonly sharedWeights: Float64Array;
  readonly bigramHits: Int32Array;
  readonly sharedCounts: Int32Array;
  readonly touched: Int32Array;
  /** Unseen sentence keys → stamp of the call that last counted them (cleared when large). */
  readonly unseenStamps: Map<string, number>;
}

/** Word ids stay below 2^21 (capped in buildAlignIndex; a reference has far fewer words), so packed pairs stay exact integers. */
export const TERM_ID_SPACE = 2_097_152;

/** Key of the word pair (a, b). */
export function bigramKey(a: number, b: number): number {
  return a * TERM_ID_SPACE + b;
}

/**
 * Index the reference units for alignment. Units are tokenized with {@link tokenize} (each at
 * most `MAX_TOKENS_PER_SPAN` tokens); weights use IDF over these units, so a stem found in every
 * unit ("accords" in a story about the accords) counts least.
 */
export function buildAlignIndex(units: AlignUnit[]): AlignIndex {
  const unitTokens = units.map((unit) => tokenize(unit.text));
  const { termIds, termNorms, termIsWeak, isEntityTerm } = buildVocabulary(
    units,
    unitTokens,
  );
  const termUnits: number[][] = termNorms.map(() => []);
  const wordIds = new Map<string, number>();
  const unitTermLists: Set<number>[] = [];
  const unitBigramSets: Set<number>[] = [];

  unitTokens.forEach((tokens, u) => {
    const terms = new Set<number>();
    const bigrams = new Set<number>();
    let prevWord = -1;
    let isPrevStop = true;
    tokens.forEach((t, k) => {
      const id = t.isStop ? undefined : termIds.get(t.norm);
      if (id !== undefined && !terms.has(id)) {
        terms.add(id);
        termUnits[id]?.push(u);
      }
      if (isCompoundWhole(tokens, k)) return;
      let word = wordIds.get(t.norm);
      if (word === undefined) {
        // Past TERM_ID_SPACE distinct words (thousands of maximal units) new words get no id: they simply never form bigrams.
        if (wordIds.size >= TERM_ID_SPACE - 1) {
          prevWord = -1;
          return;
        }
        word = wordIds.size;
        wordIds.set(t.norm, word);
      }
      // Stop-word pairs ("of the") match everywhere; only pairs with a content word show copying.
      if (prevWord >= 0 && !(isPrevStop && t.isStop))
        bigrams.add(bigramKey(prevWord, word));
      prevWord = word;
      isPrevStop = t.isStop;
    });
    unitTermLists.push(terms);
    unitBigramSets.push(bigrams);
  });

  const n = units.length;
  const boundNames = findBoundNameTerms(
    units,
    unitTokens,
    termIds,
    isEntityTerm,
  );
  // Smoothed IDF, 1 + ln((N + 1) / (df + 1)) (scikit-learn's smooth_idf): never zero, so a stem
  // in every unit still counts a little; a stem in no unit (df = 0) gets the maximum, which is
  // what unseen derivative words receive.
  const idf = (df: number): number => 1 + Math.log((n + 1) / (df + 1));
  const termWeights = new Float64Array(termNorms.length);
  const postings = termUnits.map((list, id) => {
    termWeights[id] =
      idf(list.length) *
      (termIsWeak[id] === 1 ? WEAK_TOKEN_FACTOR : 1) *
      (isEntityTerm[id] === 1 ? ENTITY_TOKEN_FACTOR : 1) *
      (boundNames.has(id) ? NAME_CONTINUATION_FACTOR : 1) *
      (termNorms[id]?.includes("-") === true ? COMPOUND_WHOLE_FACTOR : 1);
    return Int32Array.from(list);
  });

  const unitWeights = Float64Array.from(unitTermLists, (terms) => {
    let total = 0;
    for (const id of terms) total += termWeights[id] ?? 0;
    return total;
  });

  const bigramLists = new Map<number, number[]>();
  unitBigramSets.forEach((set, u) => {
    for (const key of set) {
      const list = bigramLists.get(key);
      if (list === undefined) bigramLists.set(key, [u]);
      else list.push(u);
    }
  });
  const bigramPostings = new Map<number, Map<number, Int32Array>>();
  for (const [key, list] of bigramLists) {
    const first = Math.floor(key / TERM_ID_SPACE);
    const second = key - first * TERM_ID_SPACE;
    let after = bigramPostings.get(first);
    if (after === undefined) {
      after = new Map();
      bigramPostings.set(first, after);
    }
    after.set(second, Int32Array.from(list));
  }

  const packedIds = new Map<string, number>();
  for (const [key, id] of termIds) packedIds.set(key, id + 1);
  for (const [key, word] of wordIds)
    packedIds.set(key, (word + 1) * TERM_ID_SPACE + (packedIds.get(key) ?? 0));

  return {
    units,
    termIds,
    packedIds,
    termNorms,
    termWeights,
    isEntityTerm,
    postings,
    unseenWeight: idf(0),
    unitTerms: unitTermLists,
    unitWeights,
    wordIds,
    bigramPostings,
    unitBigramCounts: Int32Array.from(unitBigramSets, (s) => s.size),
    scratch: {
      stamp: 0,
      termStamps: new Uint32Array(termNorms.length),
      unitStamps: new Uint32Array(n),
      sharedWeights: new Float64Array(n),
      bigramHits: new Int32Array(n),
      sharedCounts: new Int32Array(n),
      touched: new Int32Array(n),
      unseenStamps: new Map(),
    },
  };
}
