import { createStoryAnalysis, type ArticleInput, type ReferenceAnalysis, type SentenceLabel } from "@/lib/analysis";
import { SENTENCE_LABELS } from "@/lib/analysis/labels";
import { compareRevisionReports } from "./compare-revisions";
import type { ClaimChange } from "./types";

/**
 * Most revisions of one article analysed at once (each is one engine run, ~10 ms for a news
 * article): a page polled hourly for two days stays inside it; older ones are listed unanalysed.
 */
export const MAX_ANALYZED_REVISIONS = 50;

export interface RevisionInput {
  number: number;
  text: string;
  capturedAt: Date;
}

export interface AnalyzedRevision {
  number: number;
  capturedAt: Date;
  /** Sentences per label in this revision, plus the reference claims it omits (null when past the cap). */
  labels: (Record<SentenceLabel, number> & { omitted: number }) | null;
  /** Claim-level changes from the previous revision (empty for the first; null when past the cap). */
  changes: ClaimChange[] | null;
  /** Changes from the previous revision that alter no claim. */
  trivialCount: number;
}

/**
 * Analyses every revision of an article against the story's reference (one analysis, so new
 * details keep their ids across revisions) and lists each with its labels and what changed from
 * the one before. Revisions are taken in `number` order.
 */
export function analyzeRevisions(reference: ArticleInput | ReferenceAnalysis, revisions: RevisionInput[], options: { referenceOutletNames?: string[] } = {}): AnalyzedRevision[] {
  const ordered = [...revisions].sort((a, b) => a.number - b.number);
  const firstAnalyzed = Math.max(0, ordered.length - MAX_ANALYZED_REVISIONS);
  // A prepared reference (many articles' revisions against one reference) is built once by the caller.
  const analysis = "start" in reference ? reference.start() : createStoryAnalysis(reference, { referenceOutletNames: options.referenceOutletNames ?? [] });
  const reports = ordered.map((revision, index) => (index >= firstAnalyzed ? analysis.analyze({ file: `revision-${revision.number}`, text: revision.text }) : null));
  const report = analysis.report(reports.filter((item) => item !== null));
  return ordered.map((revision, index) => {
    const current = reports[index] ?? null;
    const previous = index > 0 ? (reports[index - 1] ?? null) : null;
    const comparison = current && previous ? compareRevisionReports(report, previous, current, { before: ordered[index - 1]!.text, after: revision.text }) : null;
    return {
      number: revision.number,
      capturedAt: revision.capturedAt,
      labels: current ? countLabels(current.sentences.map((sentence) => sentence.label), current.omitted.length) : null,
      changes: current === null || (index > 0 && previous === null) ? null : (comparison?.changes ?? []),
      trivialCount: comparison?.trivialCount ?? 0,
    };
  });
}

function countLabels(labels: SentenceLabel[], omitted: number): Record<SentenceLabel, number> & { omitted: number } {
  const counts = Object.fromEntries(SENTENCE_LABELS.map((label) => [label, 0])) as Record<SentenceLabel, number>;
  for (const label of labels) counts[label] += 1;
  return { ...counts, omitted };
}
