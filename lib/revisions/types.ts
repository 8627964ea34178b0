import type { DetailType, Reason, SentenceLabel } from "@/lib/analysis";

/** A label a claim can have in one revision: a sentence label, or omitted (the revision does not carry it). */
export type RevisionLabel = SentenceLabel | "omitted";

/** One piece of a word diff: text both revisions share, or text only one of them has. */
export interface WordDiffPart {
  type: "same" | "added" | "removed";
  value: string;
}

/** Where a claim sits in one revision. */
export interface ClaimInRevision {
  label: SentenceLabel;
  reasons: Reason[];
  /** The sentence carrying it; offsets index into that revision's text. */
  sentence: { text: string; start: number; end: number };
}

/** One way a claim changed between two revisions, most telling first. */
export type ChangeAspect =
  | { type: "label"; from: RevisionLabel; to: RevisionLabel }
  /** A reason the engine gives in one revision only (its code is one of REASON_CODES). */
  | { type: "reason-gained" | "reason-lost"; code: string; detail: string }
  /** A detail of the claim (a figure, a quote, an attribution …) that one revision carries and the other does not. */
  | { type: "detail-added" | "detail-dropped"; claimId: string; detailType: DetailType | null; text: string; label: RevisionLabel }
  | { type: "detail-relabelled"; claimId: string; detailType: DetailType | null; text: string; from: SentenceLabel; to: SentenceLabel };

/**
 * A claim that the later revision added, dropped or changed. `reworded` is a trivial change: the
 * sentence's words changed but not what the engine finds in it (a typo, punctuation).
 */
export interface ClaimChange {
  kind: "added" | "dropped" | "changed" | "reworded";
  /** The reference claim id ("c3"), or "new:<words>" for material the reference does not have. */
  claimId: string;
  /** The reference's wording of the claim, or the sentence of new material. */
  claimText: string;
  before: ClaimInRevision | null;
  after: ClaimInRevision | null;
  aspects: ChangeAspect[];
  /** Plain-English lines, one per aspect, for pages and exports. */
  summary: string[];
  /** From the earlier sentence to the later one (null when a sentence is too long to diff in budget). */
  wordDiff: WordDiffPart[] | null;
}

export interface RevisionComparison {
  /** Claim-level changes in the later revision's reading order; trivial ones only when asked. */
  changes: ClaimChange[];
  /** Changes left out because they alter no claim (rewordings, edits outside any claim). */
  trivialCount: number;
  /** Whether anything in the text changed at all (after whitespace normalisation). */
  isTextChanged: boolean;
  /** The whole-text word diff, only with includeTrivial (null when over the edit budget or not asked). */
  textDiff: WordDiffPart[] | null;
  /** Engine warnings for either revision (e.g. not English, so not labelled). */
  warnings: string[];
}
