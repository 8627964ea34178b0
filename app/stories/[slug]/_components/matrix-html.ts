import { formatDate } from "@/app/_components/format-date";
import type { MatrixCell, MatrixColumn, MatrixRow, StoryMatrix } from "@/lib/server/queries/get-story-matrix";
import type { MatrixSort } from "@/lib/validation/story-page";
import { storyHref } from "./story-href";

/** Class names from the matrix's CSS module, passed in so this file stays plain TypeScript. */
export interface MatrixClasses {
  open: string;
  detail: string;
  group: string;
  claim: string;
  tag: string;
  meta: string;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** One character per cell, so the matrix crosses to the browser as a few kilobytes of props. */
const CELL_CODES = {
  faithful: "f",
  softened: "s",
  hardened: "h",
  altered: "a",
  added: "d",
  invented: "i",
  omitted: "m",
  origin: "o",
  unlabelled: "u",
} as const satisfies Record<Exclude<MatrixCell, null>, string>;
const NOT_APPLICABLE = "-";
const CELL_AT_CODE = new Map(Object.entries(CELL_CODES).map(([cell, code]) => [code, cell]));

type CompactRow = Omit<MatrixRow, "cells"> & { cells: string };
/** StoryMatrix with each row's cells packed into a string (see CELL_CODES). */
export type CompactMatrix = Omit<StoryMatrix, "statements" | "newClaims"> & {
  statements: (CompactRow & { details: CompactRow[] | null })[];
  newClaims: CompactRow[];
};

const packRow = (row: MatrixRow): CompactRow => ({ ...row, cells: row.cells.map((cell) => (cell === null ? NOT_APPLICABLE : CELL_CODES[cell])).join("") });

/** Packs a matrix for a client component's props. */
export function packMatrix(matrix: StoryMatrix): CompactMatrix {
  return {
    ...matrix,
    statements: matrix.statements.map((row) => ({ ...packRow(row), details: row.details?.map(packRow) ?? null })),
    newClaims: matrix.newClaims.map(packRow),
  };
}

/**
 * The inner HTML of the provenance matrix table (caption, header row, body rows), built as one
 * string. A 50-outlet story has about 10,000 cells: as React elements they cost tens of
 * milliseconds to render and are serialised twice (HTML and RSC payload); as a string from
 * packed props, the server writes the HTML once and the payload carries one character per cell.
 * Every interpolated value goes through escapeHtml.
 */
export function renderMatrixHtml(matrix: CompactMatrix, sort: MatrixSort, classes: MatrixClasses): string {
  const { columns, statements, newClaims, expanded, story } = matrix;
  const span = columns.length + 1;
  // Everything in a cell after the claim id depends only on its column and code: built once per
  // column and code, so each of the ~10,000 cells costs one concatenation.
  const cellEnds = columns.map((column) => {
    const outlet = escapeHtml(column.outletName);
    return new Map<string, string>([...CELL_AT_CODE].map(([code, cell]) => [code, `" data-testid="matrix-cell" data-outlet="${outlet}" data-label="${cell}">${cell}</a></td>`]));
  });
  const cells = (row: CompactRow) => {
    const id = escapeHtml(row.claimId);
    let html = "";
    for (let index = 0; index < columns.length; index += 1) {
      const end = cellEnds[index]?.get(row.cells[index] ?? NOT_APPLICABLE);
      // An empty cell: the article neither carries nor omits the claim (CSS draws the dash).
      html += end === undefined ? "<td></td>" : `<td><a href="/claims/${id}${end}`;
    }
    return html;
  };
  const group = (text: string) => `<tr><th scope="colgroup" colspan="${span}" class="${classes.group}"><span>${escapeHtml(text)}</span></th></tr>`;
  const toggle = (claimId: string) =>
    storyHref(story.slug, { sort, asOf: matrix.asOf, expand: expanded.includes(claimId) ? expanded.filter((id) => id !== claimId) : [...expanded, claimId] }, `c-${claimId}`);

  const out: string[] = [
    `<caption class="sr-only">Claims of the reference (rows) against articles (columns), reference first, then ${sort === "changes" ? "the most changed" : "by publication date"}.</caption>`,
    `<thead><tr><th scope="col">Claim</th>${columns.map((column) => renderColumnHeader(column, classes)).join("")}</tr></thead>`,
    "<tbody>",
    group(`Reference statements · ${statements.length}`),
  ];
  statements.forEach((row, position) => {
    const text = escapeHtml(row.text);
    let header = `<a href="/claims/${escapeHtml(row.claimId)}" class="${classes.claim}" title="${text}">${text}</a>`;
    if (row.detailCount > 0) {
      const label = row.details ? "▾ Hide details" : `▸ ${row.detailCount} ${row.detailCount === 1 ? "detail" : "details"}`;
      header += `<a href="${escapeHtml(toggle(row.claimId))}" class="${classes.meta} text-blue-800 underline">${label}<span class="sr-only"> of statement ${position + 1}</span></a>`;
    }
    out.push(`<tr id="c-${escapeHtml(row.claimId)}"${row.details ? ` class="${classes.open}"` : ""}><th scope="row">${header}</th>${cells(row)}</tr>`);
    for (const detail of row.details ?? []) {
      const detailText = escapeHtml(detail.text);
      out.push(
        `<tr class="${classes.detail}"><th scope="row"><span class="${classes.tag}">${escapeHtml(detail.detailType ?? "detail")}</span><a href="/claims/${escapeHtml(detail.claimId)}" title="${detailText}">${detailText}</a></th>${cells(detail)}</tr>`,
      );
    }
  });
  if (statements.length === 0) out.push(group("The analysis found no statements in the reference."));
  out.push("</tbody><tbody>", group(`New details derivatives introduced · ${newClaims.length}${newClaims.length === 0 ? " (every derivative sticks to the reference's material)" : ""}`));
  for (const row of newClaims) {
    const text = escapeHtml(row.text);
    const outlets = `in ${row.outletCount} ${row.outletCount === 1 ? "outlet" : "outlets"}`;
    out.push(
      `<tr><th scope="row"><a href="/claims/${escapeHtml(row.claimId)}" class="${classes.claim}" title="${text}"><span class="${classes.tag}">${escapeHtml(row.detailType ?? "detail")}</span>${text}</a><span class="${classes.meta}">${outlets}</span></th>${cells(row)}</tr>`,
    );
  }
  out.push("</tbody>");
  return out.join("");
}

function renderColumnHeader(column: MatrixColumn, classes: MatrixClasses): string {
  const name = escapeHtml(column.outletName);
  const dated = `<span class="${classes.meta}">${column.isReference ? "★ Reference · " : ""}${escapeHtml(formatDate(column.publishedAt))}</span>`;
  const share =
    column.changeShare === null
      ? ""
      : `<span class="${classes.meta}">${Math.round(column.changeShare * 100)}% changed<span class="sr-only"> (${column.changedCells} of ${column.countedCells} cells)</span></span>`;
  return `<th scope="col" data-testid="matrix-column" data-outlet="${name}"><a href="/articles/${escapeHtml(column.articleId)}" class="font-semibold text-blue-800 underline-offset-2 hover:underline" title="${escapeHtml(column.title)}">${name}</a>${dated}${share}</th>`;
}
