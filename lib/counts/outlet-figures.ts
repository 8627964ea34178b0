import { LABELS, type Label } from "@/lib/labels";

/**
 * Labels that misstate what the outlet carries: a changed certainty (softened, hardened), a changed
 * detail (altered) or material credited to sources that do not say it (invented). "added" and
 * "omitted" change the scope of a rewrite, not the truth of what it carries, so they are not
 * distortion (issue 14: "% changed" counted omissions, so a short article looked most distorted).
 */
export const DISTORTION_LABELS = ["softened", "hardened", "altered", "invented"] as const satisfies readonly Label[];

/** Labels of a claim an outlet carries (every label but "omitted"): the denominator of distortion. */
export const CARRIED_LABELS = LABELS.filter((label): label is Exclude<Label, "omitted"> => label !== "omitted");

/**
 * Labels that make a matrix row "changed" for the "changed only" filter: anything an outlet carries
 * differently from the reference, or new material. Omissions are left out: on a large story nearly
 * every statement is omitted by some outlet, so counting them would filter nothing.
 */
export const CHANGE_LABELS = CARRIED_LABELS.filter((label) => label !== "faithful");

/** One outlet's matrix cells (one per claim, most severe label) and the statements it carries. */
export interface OutletTallyInput {
  /** Cells by label over the reference's statements and the new details the outlet carries. */
  counts: Readonly<Record<Label, number>>;
  /** Reference statements the outlet carries in any form (any cell but omitted or empty). */
  carriedStatements: number;
  /** The reference's statements. */
  statementCount: number;
}

/** Distortion and coverage of one outlet: two figures, each with what it counts. */
export interface OutletFigures {
  /** Carried claims (statements and new details) labelled softened, hardened, altered or invented. */
  distorted: number;
  /** Claims the outlet carries: every cell but omitted. */
  carried: number;
  /** distorted / carried; null when the outlet carries nothing. */
  distortion: number | null;
  /** Reference statements the outlet carries. */
  carriedStatements: number;
  statementCount: number;
  /** carriedStatements / statementCount; null when the reference has no statements. */
  coverage: number | null;
}

/** Distortion (share of carried claims that are distorted) and coverage (share of the reference carried). */
export function computeOutletFigures({ counts, carriedStatements, statementCount }: OutletTallyInput): OutletFigures {
  const distorted = DISTORTION_LABELS.reduce((sum, label) => sum + counts[label], 0);
  const carried = CARRIED_LABELS.reduce((sum, label) => sum + counts[label], 0);
  return {
    distorted,
    carried,
    distortion: carried === 0 ? null : distorted / carried,
    carriedStatements,
    statementCount,
    coverage: statementCount === 0 ? null : Math.min(1, carriedStatements / statementCount),
  };
}

/** "42%" or "–" for a share that has no denominator. */
export function formatShare(share: number | null): string {
  return share === null ? "–" : `${Math.round(share * 100)}%`;
}

/** "42% distorted (5 of 12 carried claims)": the figure and what it counts. */
export function describeDistortion(figures: OutletFigures): string {
  return `${formatShare(figures.distortion)} distorted (${figures.distorted} of ${figures.carried} carried ${figures.carried === 1 ? "claim" : "claims"})`;
}

/** "80% coverage (8 of 10 reference statements)". */
export function describeCoverage(figures: OutletFigures): string {
  return `${formatShare(figures.coverage)} coverage (${figures.carriedStatements} of ${figures.statementCount} reference ${figures.statementCount === 1 ? "statement" : "statements"})`;
}
