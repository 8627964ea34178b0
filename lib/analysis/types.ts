/**
 * Result types shared by every stage of the provenance engine.
 *
 * Every offset is a UTF-16 code-unit index into the article text exactly as it was read, so
 * `text.slice(start, end) === span.text` always holds. Stages in data-flow order:
 * clean → segment → features → align → classify → report.
 */

import type { ReasonCode } from "./classify/reason-codes";
import type { SentenceLabel } from "./labels";

/** A piece of the original text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

// ---------------------------------------------------------------- clean

/** Why a piece of a page is not part of the article. */
export type ExclusionReason =
  | "navigation" // menus, "Skip to main content", breadcrumbs
  | "related-links" // "Related Articles", "Latest news", "Also read", "opens new tab" link lists
  | "share-prompt" // share / follow / subscribe / sign-up prompts
  | "photo-credit" // image captions and credits
  | "author-box" // author bios, "Original Author:", contact lines
  | "comments" // comment widgets, "Leave a comment"
  | "advertisement" // "Advertisement", sponsored
  | "legal" // copyright lines, "All rights reserved", trust principles
  | "unrelated-story"; // whole other stories appended after the article

/** Page chrome kept with its offsets so the interface can grey it out. */
export interface ExcludedSpan extends Span {
  reason: ExclusionReason;
}

/** The article separated from its page chrome. */
export interface CleanResult {
  /** Regions of the text that belong to the article, in order, non-overlapping. */
  body: Span[];
  /** Regions that do not, in order, non-overlapping; body ∪ excluded covers every non-blank line. */
  excluded: ExcludedSpan[];
  /** The headline, when one could be identified. */
  title: Span | null;
}

// ---------------------------------------------------------------- segment

export type SentenceKind = "headline" | "subhead" | "body" | "bullet";

/** One sentence of the article body. */
export interface Sentence extends Span {
  /** 0-based position among the article's sentences. */
  index: number;
  kind: SentenceKind;
}

// ---------------------------------------------------------------- features

/** A number or quantity: "five sources", "over 60,000", "2020", "tens of thousands". */
export interface NumberMention extends Span {
  /** Numeric value when known ("five" → 5, "60,000" → 60000); null for vague ones ("dozens"). */
  value: number | null;
  /** The counted noun when it follows ("sources", "people"), lower-cased. */
  unit: string | null;
  /** "over", "more than", "about", "nearly", "at least", … when present, lower-cased. */
  qualifier: string | null;
  /** true for years ("2020"), so they are compared as dates rather than amounts. */
  isYear: boolean;
}

/** A quantifier with its strength on a 0 (none) … 1 (every) scale. */
export interface QuantifierMention extends Span {
  word: string;
  /** 0 = none/no, 0.2 = few/some, 0.5 = several/many, 0.8 = most, 1 = all/every/each. */
  strength: number;
}

/** A hedge ("reportedly", "may", "possible") or a booster ("clearly", "definitely"). */
export interface StanceMention extends Span {
  kind: "hedge" | "booster" | "weasel";
  word: string;
}

/** A modal verb with its certainty on a 0 … 1 scale ("might" 0.3 … "will" 0.9, "must" 1). */
export interface ModalMention extends Span {
  word: string;
  strength: number;
}

/** not, no, never, without, … */
export interface NegationMention extends Span {
  word: string;
}

/** "the largest", "most serious"; `isScoped` for "one of the largest", "among the most …". */
export interface SuperlativeMention extends Span {
  isScoped: boolean;
}

/** A time expression; `alternatives` lists the options of a range ("months or even weeks" → ["months", "weeks"]). */
export interface TimeMention extends Span {
  kind: "range" | "point" | "duration" | "relative";
  alternatives: string[];
}

export type SourceKind =
  | "named-person" // "Witkoff said"
  | "named-organisation" // "the State Department said"
  | "anonymous" // "sources said", "an official", "people familiar with the matter"
  | "outlet" // another publication: "according to the Guardian"
  | "reference-outlet"; // the reference outlet itself: "told Reuters", "Reuters reported"

/** Who a statement is credited to: "three of the sources said", "according to Reuters". */
export interface AttributionMention extends Span {
  sourceKind: SourceKind;
  /** The source as written ("three of the sources", "Reuters"). */
  source: string;
  /** The reporting verb or phrase, lower-cased ("said", "told", "according to", "claimed"). */
  verb: string;
  /** How many sources when stated ("five sources" → 5, "two of the sources" → 2). */
  count: number | null;
  /** true for doubting verbs ("claimed", "alleged", "without evidence"). */
  isDoubting: boolean;
}

/** A direct quotation (the span covers the words inside the quotation marks). */
export interface QuoteMention extends Span {
  /** The speaker as written, when the sentence (or the one after) names one. */
  speaker: string | null;
  speakerKind: SourceKind | null;
}

export type EntityType = "person" | "place" | "organisation" | "other";

export interface EntityMention extends Span {
  type: EntityType;
}

/** Everything the detectors found in one sentence; offsets are absolute (into the article). */
export interface SentenceFeatures {
  numbers: NumberMention[];
  quantifiers: QuantifierMention[];
  stances: StanceMention[];
  modals: ModalMention[];
  negations: NegationMention[];
  superlatives: SuperlativeMention[];
  times: TimeMention[];
  attributions: AttributionMention[];
  quotes: QuoteMention[];
  entities: EntityMention[];
  /** "it is unclear", "it is not known", "declined to say": an explicit statement of ignorance. */
  unknowns: Span[];
  /** Conditions: "a precondition to join", "if …", "unless …", "provided that …". */
  conditions: Span[];
}

/** Options the feature detectors need about the story rather than the sentence. */
export interface FeatureContext {
  /** Names of the reference outlet ("Reuters"), so "told Reuters" is recognised as self-reference. */
  referenceOutletNames: string[];
}

// ---------------------------------------------------------------- labels and report

export type { Label, SentenceLabel } from "./labels";

/** Why a label was given: a machine-readable code, plain English, and the evidence words. */
export interface Reason {
  /** A code of the one reason registry (classify/reason-codes.ts). */
  code: ReasonCode;
  detail: string;
  /** Words from the reference (before) and the derivative (after) that differ. */
  evidence?: { reference?: string; derivative?: string };
}
