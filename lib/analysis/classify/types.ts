/**
 * Types of the classify stage: what a detector reads (a sentence with its features) and what it
 * returns (a finding: a reason plus the effect it has on the label and how much it weighs).
 */
import type { Token } from "../text/tokenize";
import type { QuoteMention, Reason, SentenceFeatures } from "../types";

/** One sentence with its features; offsets are absolute into `text`. */
export interface SentenceView {
  /** The whole article text (the sentence is `text.slice(start, end)`). */
  text: string;
  start: number;
  end: number;
  features: SentenceFeatures;
  /**
   * `tokenize(text, start, end)`, when the caller already has it (the article loop tokenizes
   * each sentence once for alignment); otherwise the words are tokenized on first use.
   */
  tokens?: readonly Token[];
}

/** What a finding does to the label of the derivative sentence. */
export type FindingEffect =
  "softened" | "hardened" | "altered" | "invented" | "added";

/** A reason with its effect on the label and a weight in 0..1 (how sure and how important). */
export type Finding = Reason & {
  effect: FindingEffect;
  weight: number;
};

/** What every comparison of one story shares. Build it once per story and reuse it. */
export interface CompareContext {
  /** The reference outlet's names ("Reuters"), so "told Reuters" is recognised. */
  referenceOutletNames: string[];
  /** Every quote in the reference body. */
  referenceQuotes: QuoteMention[];
  /** The reference's body sentences, to check whether a detail exists anywhere in it. */
  referenceSentences: SentenceView[];
}

/**
 * A detector: compares the derivative sentence with the reference sentences it was aligned to
 * (usually one, two when it merges two) and reports what changed.
 */
export type Detector = (
  ref: readonly SentenceView[],
  der: SentenceView,
  ctx: CompareContext,
) => Finding[];
