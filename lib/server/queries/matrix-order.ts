import { computeOutletFigures } from "@/lib/counts/outlet-figures";
import { LABEL_SEVERITY, LABELS, type Label } from "@/lib/labels";
import type { MatrixSort } from "@/lib/validation/story-page";
import type { MatrixCell, MatrixColumn, MatrixRow } from "./get-story-matrix";

/**
 * The order and tallies of the provenance matrix, shared by the stored matrix (getStoryMatrix)
 * and the matrix as of an earlier time (getStoryMatrixAsOf), so both read alike. Pure functions
 * over matrix rows and columns; no database.
 */

/**
 * Columns: the reference first, then by the chosen order — distortion (most first), coverage (best
 * first), outlet name — with publication date, import time and name breaking ties ("date" is that
 * tie-break alone).
 */
export function compareMatrixColumns(sort: MatrixSort): (a: MatrixColumn, b: MatrixColumn) => number {
  const byDate = (a: MatrixColumn, b: MatrixColumn) =>
    (a.publishedAt?.getTime() ?? Infinity) - (b.publishedAt?.getTime() ?? Infinity) || a.addedAt.getTime() - b.addedAt.getTime() || a.outletName.localeCompare(b.outletName);
  // An outlet without the figure (the reference, an empty article) goes last.
  const byFigure = (key: "distortion" | "coverage") => (a: MatrixColumn, b: MatrixColumn) => (b.figures?.[key] ?? -1) - (a.figures?.[key] ?? -1);
  const ORDERS: Record<MatrixSort, (a: MatrixColumn, b: MatrixColumn) => number> = {
    date: () => 0,
    distortion: byFigure("distortion"),
    coverage: byFigure("coverage"),
    outlet: (a, b) => a.outletName.localeCompare(b.outletName, "en", { numeric: true }),
  };
  return (a, b) => {
    if (a.isReference !== b.isReference) return a.isReference ? -1 : 1;
    return ORDERS[sort](a, b) || byDate(a, b);
  };
}

/**
 * A derivative column's tallies over the counted rows (every statement and new detail, as shown
 * collapsed): cells by label, and distortion and coverage (lib/counts/outlet-figures.ts), where
 * coverage is over the reference's `statementCount` statements.
 */
export function tallyColumn(cells: Iterable<{ cell: MatrixCell; isNew: boolean }>, statementCount: number): Pick<MatrixColumn, "counts" | "figures"> {
  const counts = Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>;
  let carriedStatements = 0;
  for (const { cell, isNew } of cells) {
    if (cell === null || cell === "origin") continue;
    if (cell !== "omitted" && !isNew) carriedStatements += 1;
    if (cell !== "unlabelled") counts[cell] += 1;
  }
  return { counts, figures: computeOutletFigures({ counts, carriedStatements, statementCount }) };
}

/** The reference's column: nothing counted, no figures. */
export function emptyTally(): Pick<MatrixColumn, "counts" | "figures"> {
  return { counts: Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>, figures: null };
}

/** Derivatives that carry a row's claim (omissions and the reference's origin not counted). */
export function countCarriers(cells: readonly MatrixCell[]): number {
  return cells.filter((cell) => cell !== null && cell !== "omitted" && cell !== "origin").length;
}

const worstSeverity = (row: MatrixRow) => Math.max(-1, ...row.cells.map((cell) => (cell && cell !== "origin" && cell !== "unlabelled" ? LABEL_SEVERITY[cell] : -1)));

/** New details: most widely shared first, then the most severe. Use with a stable sort: ties keep the order they first appeared in. */
export function compareNewClaimRows(a: MatrixRow, b: MatrixRow): number {
  return b.outletCount - a.outletCount || worstSeverity(b) - worstSeverity(a);
}
