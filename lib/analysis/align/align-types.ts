/**
 * Public result types of the align stage. Offsets are absolute into the text they were read from.
 */

/** A reference claim unit: a sentence or clause of the reference. */
export interface AlignUnit {
  id: string;
  start: number;
  end: number;
  /** The unit's text (the slice of the reference at start..end). */
  text: string;
}

/** One reference unit a derivative sentence may carry. */
export interface AlignMatch {
  unitId: string;
  /** Blend of weighted term overlap, entity/number overlap and verbatim bigram overlap, in [0, 1]. */
  score: number;
  /** Share of the unit's weighted content tokens found in the sentence. */
  unitCoverage: number;
  /** Share of the sentence's weighted content tokens found in the unit. */
  sentenceCoverage: number;
  /** Normalised keys (see `tokenize`) of the content tokens both share, in sentence order. */
  sharedTokens: string[];
  /**
   * Set by `alignArticle` only: this sentence carries part of a unit that is split over it and
   * a neighbouring sentence (the pair together covers the unit much better than either alone).
   */
  isSplit?: boolean;
}

/** The accepted alignment of one derivative sentence. */
export interface SentenceAlignment {
  /** Accepted matches, best first. Empty when the sentence carries no reference unit. */
  matches: AlignMatch[];
  /** `matches[0]`, or null. */
  best: AlignMatch | null;
}

/** Alignment of every sentence of one derivative article, in the order the sentences were given. */
export interface ArticleAlignment {
  sentences: SentenceAlignment[];
}
