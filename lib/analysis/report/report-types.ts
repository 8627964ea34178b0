import type { ExclusionReason, Label, Reason, SentenceLabel } from "../types";

/**
 * The JSON report of `npm run analyze` (shared/notes/labels.md), as plain types. The zod schema
 * that validates it lives in lib/validation/analysis-report.ts; the engine itself never parses.
 */

export type DetailType = "figure" | "time" | "sourcing" | "quote" | "actor" | "place" | "condition";

export interface ReportClaim {
  id: string;
  kind: "statement" | "detail";
  /** For details: the statement claim they belong to. */
  parentId?: string;
  detailType?: DetailType;
  text: string;
  start: number;
  end: number;
}

/** A detail that derivatives introduced, clustered across the articles that carry it. */
export interface ReportNewClaim {
  id: string;
  kind: "detail";
  detailType: DetailType;
  /** The wording of its first appearance. */
  text: string;
  /** added, or invented when credited to unnamed insiders or to the reference outlet. */
  label: "added" | "invented";
  /** Files of the articles that carry it (several: a hint of a shared upstream). */
  files: string[];
}

export interface ReportExcluded {
  text: string;
  start: number;
  end: number;
  reason: ExclusionReason;
}

export interface ReportDetail {
  claimId: string;
  text: string;
  start: number;
  end: number;
  label: SentenceLabel;
  reasons: Reason[];
}

export interface ReportSentence {
  text: string;
  start: number;
  end: number;
  label: SentenceLabel;
  confidence: number;
  reasons: Reason[];
  matches: { claimId: string; score: number }[];
  details: ReportDetail[];
}

export interface ReportArticle {
  file: string;
  title: string | null;
  language: string;
  warnings: string[];
  sentences: ReportSentence[];
  omitted: string[];
  excluded: ReportExcluded[];
}

export interface AnalysisReport {
  schemaVersion: 1;
  reference: {
    file: string;
    title: string | null;
    language: string;
    claims: ReportClaim[];
    excluded: ReportExcluded[];
  };
  /** Details the derivatives introduced (ids referenced from sentences' `details`). */
  newClaims: ReportNewClaim[];
  articles: ReportArticle[];
}

/** Counts per label, handy for summaries. */
export type LabelCounts = Record<Label, number>;
