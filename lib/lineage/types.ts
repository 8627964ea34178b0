/**
 * Lineage: for each derivative, the most likely source among the story's other articles (the
 * reference or an earlier derivative), with the evidence. Plain data in, plain data out: the
 * server loads it from the database, tests build it by hand or through the engine.
 */
import type { Label } from "@/lib/analysis/labels";

/** One article of the story, as lineage reads it. */
export interface LineageArticle {
  id: string;
  /** The outlet's name, used in evidence wording. */
  name: string;
  isReference: boolean;
  /** Publication time in ms since the epoch; null when unknown (sorts after every dated article). */
  publishedAt: number | null;
  /** Capture (import) time in ms: orders articles published at the same time, weakly. */
  capturedAt: number;
  /** The analysed text: the article's sentences without page chrome. */
  text: string;
}

/** A claim of the story: a reference statement or detail, or new material derivatives introduced. */
export interface LineageClaim {
  id: string;
  kind: "statement" | "detail";
  /** Material the reference does not have (Claim.isNew). */
  isNew: boolean;
  /** Canonical wording: the reference's, or the first outlet's for new material. */
  text: string;
}

/** A claim carried by an article: its label there and its wording there. */
export interface LineageAppearance {
  claimId: string;
  articleId: string;
  /** The verdict in force (editor over machine); null when nobody labelled it. */
  label: Label | null;
  text: string;
}

export interface LineageInput {
  articles: readonly LineageArticle[];
  claims: readonly LineageClaim[];
  appearances: readonly LineageAppearance[];
}

/** One piece of evidence for (positive weight) or against (negative weight) a candidate source. */
export type LineageEvidence =
  | { kind: "reference-prior"; weight: number; detail: string }
  | { kind: "order"; weight: 0; detail: string; isSameTime: boolean }
  | {
      kind: "coverage";
      weight: number;
      detail: string;
      /** Reference claims the article carries, and how many of them the candidate lacks. */
      claimsCarried: number;
      claimsSourceLacks: number;
      /** A few of the lacking claims' wordings, for the reader. */
      lackedClaims: string[];
      /** Share (0–1) of the article's reference wording (4-word runs) the candidate also has. */
      wordingShare: number;
    }
  | {
      kind: "shared-detail";
      weight: number;
      detail: string;
      /** What the two wordings share that the reference lacks: a figure, a name, or a new-claim cluster. */
      key: string;
      text: string;
      sourceText: string;
      /** How many articles of the story carry it. */
      carriers: number;
    }
  | {
      kind: "shared-omissions";
      weight: number;
      detail: string;
      /** Reference claims the candidate lacks, and how many of them the article lacks too. */
      sourceLacks: number;
      bothLack: number;
    }
  | { kind: "shared-passage"; weight: number; detail: string; text: string; words: number }
  | { kind: "shared-error"; weight: number; detail: string; claimText: string; label: Label; text: string; sourceText: string }
  | { kind: "source-changed"; weight: number; detail: string; claimText: string; sourceLabel: Label };

export interface LineageCandidate {
  sourceId: string;
  score: number;
  evidence: LineageEvidence[];
}

/** The estimated source of one derivative. */
export interface LineageLink {
  articleId: string;
  /** The most likely source (the reference or an earlier derivative). */
  sourceId: string;
  score: number;
  /** Score of the best candidate minus the runner-up's (minus 0 when there is no other candidate). */
  margin: number;
  /** The margin is too small to choose: read it as "source or runner-up: undecided". */
  isUndecided: boolean;
  /** The runner-up, with its evidence, when there was one. */
  runnerUp: LineageCandidate | null;
  /** The two were published at the same time (or one has no date): which copied which is uncertain. */
  isOrderUncertain: boolean;
  /** Share (0–1) of the article's claims that differ from the source's (label changed, or absent there). */
  changeShare: number;
  evidence: LineageEvidence[];
  /**
   * Details the reference lacks that this article shares with other derivatives but not with its
   * source: a hint of a common upstream (a fuller version of the reference, or a source outside
   * the story). The seed's "five sources" is one: four rewrites have it, the reference copy does not.
   */
  sharedElsewhere: { key: string; text: string; /** At most ten of them. */ articleIds: string[]; /** How many other articles carry it. */ carrierCount: number }[];
}

/** A detail the reference lacks, carried by several articles: where it first appeared, who carries it after. */
export interface SharedDetailGroup {
  key: string;
  /** In time order: the first is where it first appeared. */
  carriers: { articleId: string; claimId: string; isNewClaim: boolean; text: string }[];
}

export interface StoryLineage {
  /** Article ids in time order (publication, then capture). */
  order: string[];
  referenceId: string | null;
  /** One per derivative, in time order. */
  links: LineageLink[];
  /** Shared new details, most carriers first. */
  sharedDetails: SharedDetailGroup[];
}
