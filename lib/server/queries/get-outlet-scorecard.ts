import "server-only";
import type { OutletFigures } from "@/lib/counts/outlet-figures";
import { LABELS, type Label } from "@/lib/labels";
import type { MatrixColumn, StoryMatrix } from "./get-story-matrix";

export interface OutletScore {
  articleId: string;
  outletId: string;
  outletName: string;
  /** Distortion and coverage, as the matrix column heads show them. */
  figures: OutletFigures;
  /** Cells by label over the reference's statements and the new details the article carries. */
  counts: Record<Label, number>;
  /** Appearances linked by an editor with no verdict yet (not in `counts`). */
  unlabelled: number;
  /** Reference statements whose most severe label in this article is faithful. */
  faithfulStatements: number;
}

export interface OutletScorecard {
  /** Reference statements: the denominator of every faithful share. */
  statementCount: number;
  /** One per derivative (or per one of `only`), in the matrix's column order (the reference is the baseline, not scored). */
  outlets: OutletScore[];
}

/**
 * Per derivative: how many of the story's matrix cells (statements + new details, one per claim,
 * the most severe label winning) carry each label, and how many statements it kept faithfully.
 * Tallied from the matrix getStoryMatrix aggregated in SQL rather than by a second query: the
 * story's appearances are then read once per page view, where a separate aggregation doubled the
 * database time of a 50-outlet story. `only` limits it to some columns (one page of outlets).
 */
export function getOutletScorecard(matrix: StoryMatrix, only?: readonly MatrixColumn[]): OutletScorecard {
  const isScored = only ? new Set(only) : null;
  const outlets = matrix.columns.flatMap((column, index) => {
    if (column.isReference || !column.figures || (isScored && !isScored.has(column))) return [];
    const counts = Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>;
    const score: OutletScore = { articleId: column.articleId, outletId: column.outletId, outletName: column.outletName, figures: column.figures, counts, unlabelled: 0, faithfulStatements: 0 };
    for (const [rows, isStatement] of [[matrix.statements, true], [matrix.newClaims, false]] as const) {
      for (const row of rows) {
        const cell = row.cells[index];
        if (cell === "unlabelled") score.unlabelled += 1;
        else if (cell && cell !== "origin") counts[cell] += 1;
        if (isStatement && cell === "faithful") score.faithfulStatements += 1;
      }
    }
    return [score];
  });
  return { statementCount: matrix.statements.length, outlets };
}
