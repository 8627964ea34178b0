/** Lineage: who copied whom within a story (pure; see estimate-lineage.ts). */
export { estimateLineage, listSharedDetails, MIN_MARGIN } from "./estimate-lineage";
export { orderArticles } from "./prepare-articles";
export { describeCopyChange, CHANGE_BANDS, type ChangeBand } from "./describe-copy-change";
export type * from "./types";
