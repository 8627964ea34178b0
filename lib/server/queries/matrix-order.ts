import { LABEL_SEVERITY } from "@/lib/labels";
import type { MatrixSort } from "@/lib/validation/story-page";
import type { MatrixCell, MatrixColumn, MatrixRow } from "./get-story-matrix";

/**
 * The order and tallies of the provenance matrix, shared by the stored matrix (getStoryMatrix)
 * and the matrix as of an earlier time (getStoryMatrixAsOf), so both read alike. Pure functions
 * over matrix rows and columns; no database.
 */

/** Columns: the reference first, then by share of changed cells (most first, for "changes") or by publication date, import time and name. */
export function compareMatrixColumns(sort: MatrixSort): (a: MatrixColumn, b: MatrixColumn) => number {
  const byDate = (a: MatrixColumn, b: MatrixColumn) =>
    (a.publishedAt?.getTime() ?? Infinity) - (b.publishedAt?.getTime() ?? Infinity) || a.addedAt.getTime() - b.addedAt.getTime() || a.outletName.localeCompare(b.outletName);
  return (a, b) => {
    if (a.isReference !== b.isReference) return a.isReference ? -1 : 1;
    const changes = sort === "changes" ? (b.changeShare ?? -1) - (a.changeShare ?? -1) : 0;
    return changes || byDate(a, b);
  };
}

/** A column's cells over the counted rows (every statement and new detail): those it carries or omits, and of those the ones not faithful. */
export function countColumnCells(cells: Iterable<MatrixCell>): Pick<MatrixColumn, "countedCells" | "changedCells"> {
  let countedCells = 0;
  let changedCells = 0;
  for (const cell of cells) {
    if (cell === null || cell === "unlabelled" || cell === "origin") continue;
    countedCells += 1;
    if (cell !== "faithful") changedCells += 1;
  }
  return { countedCells, changedCells };
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
