"use client";

import { renderMatrixHtml, type CompactMatrix, type MatrixTotals } from "./matrix-html";
import type { StoryHrefState } from "./story-href";
import styles from "./provenance-matrix.module.css";

const classes = { open: styles.open ?? "", detail: styles.detail ?? "", group: styles.group ?? "", claim: styles.claim ?? "", tag: styles.tag ?? "", meta: styles.meta ?? "" };

/**
 * Claims × outlets at the page's full width and height: no inner scroll box; the header row sticks
 * to the top of the window and the claim column to its left edge as the page scrolls (no ancestor
 * may set `overflow`, which would make it the sticky box instead). A client component only so that
 * its props (the packed matrix, one character per cell) rather than its markup travel in the RSC
 * payload; the server still renders the full table, so it reads without JavaScript. Cells are bare
 * links styled by data-label; opening a statement is a link (?expand=id).
 */
export function ProvenanceMatrix({ matrix, state, totals }: { matrix: CompactMatrix; state: StoryHrefState; totals?: MatrixTotals }) {
  return (
    <div className={styles.bleed} role="region" aria-label="Claims by outlet">
      <table className={styles.matrix} dangerouslySetInnerHTML={{ __html: renderMatrixHtml(matrix, state, classes, totals) }} />
    </div>
  );
}
