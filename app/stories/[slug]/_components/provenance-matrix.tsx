"use client";

import type { MatrixSort } from "@/lib/validation/story-page";
import { renderMatrixHtml, type CompactMatrix } from "./matrix-html";
import styles from "./provenance-matrix.module.css";

const classes = { open: styles.open ?? "", detail: styles.detail ?? "", group: styles.group ?? "", claim: styles.claim ?? "", tag: styles.tag ?? "", meta: styles.meta ?? "" };

/**
 * Claims × outlets in a scrollable region with a sticky header row and claim column. A client
 * component only so that its props (the packed matrix, one character per cell) rather than its
 * ~600 kB of markup travel in the RSC payload; the server still renders the full table, so it
 * reads without JavaScript. Cells are bare links styled by data-label; opening a statement is a
 * link (?expand=id).
 */
export function ProvenanceMatrix({ matrix, sort }: { matrix: CompactMatrix; sort: MatrixSort }) {
  return (
    <div className={styles.scroller} role="region" aria-label="Claims by outlet" tabIndex={0}>
      <table className={styles.matrix} dangerouslySetInnerHTML={{ __html: renderMatrixHtml(matrix, sort, classes) }} />
    </div>
  );
}
