import { CHANGE_LABELS } from "@/lib/counts/outlet-figures";
import type { MatrixCell, MatrixColumn, MatrixRow, StoryMatrix } from "@/lib/server/queries/get-story-matrix";
import { OUTLETS_PER_PAGE, type StoryPageState } from "@/lib/validation/story-page";

export interface MatrixView {
  /** The matrix with the reference, this page's (or the chosen outlet's) columns and the rows the filters keep. */
  matrix: StoryMatrix;
  /** This page's derivatives, in the page's order (the scorecard and article list show these). */
  outlets: MatrixColumn[];
  /** The page shown (clamped to the last) and how many there are. */
  page: number;
  pageCount: number;
  /** Derivatives in the whole story, and the position of this page's first one (from 1). */
  outletCount: number;
  firstOutlet: number;
  /** The chosen outlet's column, when ?outlet= names one of the story's outlets. */
  outlet: MatrixColumn | null;
  /** Statement and new-detail rows before and after the filters. */
  rowCount: number;
  shownRowCount: number;
  /** Rows of each group that the filters could show (all statements; the new details this page's outlets carry). */
  totals: { statements: number; newClaims: number };
}

const isChange = (cell: MatrixCell) => cell !== null && (CHANGE_LABELS as readonly string[]).includes(cell);

/**
 * What the story page shows of a matrix: one page of outlets (OUTLETS_PER_PAGE in the matrix's
 * column order, the reference always first) or one outlet, and the rows the URL's filters keep —
 * "changed only" (some shown outlet carries it with a CHANGE_LABELS label), one label, or both.
 * New details none of the shown outlets carries are dropped (on a 1,000-outlet story most of them
 * belong to other pages). Pure: the same StoryMatrix in, whichever builder made it.
 */
export function selectMatrixView(matrix: StoryMatrix, state: Pick<StoryPageState, "changed" | "label" | "outlet" | "page">): MatrixView {
  const derivatives = matrix.columns.filter((column) => !column.isReference);
  const outlet = state.outlet ? (derivatives.find((column) => column.outletId === state.outlet) ?? null) : null;
  const pageCount = Math.max(1, Math.ceil(derivatives.length / OUTLETS_PER_PAGE));
  const page = outlet ? Math.floor(derivatives.indexOf(outlet) / OUTLETS_PER_PAGE) + 1 : Math.min(state.page, pageCount);
  const outlets = outlet ? [outlet] : derivatives.slice((page - 1) * OUTLETS_PER_PAGE, page * OUTLETS_PER_PAGE);
  const shown = new Set(outlets);
  const keep = matrix.columns.flatMap((column, index) => (column.isReference || shown.has(column) ? [index] : []));
  const derivativeIndexes = keep.filter((index) => !matrix.columns[index]?.isReference);

  const cut = <T extends MatrixRow>(row: T): T => ({ ...row, cells: keep.map((index) => row.cells[index] ?? null) });
  const matches = (row: MatrixRow) => {
    const cells = derivativeIndexes.map((index) => row.cells[index] ?? null);
    if (state.changed && !cells.some(isChange)) return false;
    if (state.label && !cells.includes(state.label)) return false;
    return true;
  };
  const isCarried = (row: MatrixRow) => derivativeIndexes.some((index) => (row.cells[index] ?? null) !== null);

  const statements = matrix.statements.filter(matches).map((row) => ({ ...cut(row), details: row.details?.map(cut) ?? null }));
  const carriedNew = matrix.newClaims.filter(isCarried);
  const newClaims = carriedNew.filter(matches).map(cut);
  return {
    matrix: { ...matrix, columns: keep.map((index) => matrix.columns[index]!), statements, newClaims },
    outlets,
    page,
    pageCount,
    outletCount: derivatives.length,
    firstOutlet: outlet ? derivatives.indexOf(outlet) + 1 : (page - 1) * OUTLETS_PER_PAGE + 1,
    outlet,
    rowCount: matrix.statements.length + matrix.newClaims.length,
    shownRowCount: statements.length + newClaims.length,
    totals: { statements: matrix.statements.length, newClaims: carriedNew.length },
  };
}
