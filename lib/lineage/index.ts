/** Lineage: who copied whom within a story (pure; see estimate-lineage.ts). */
export { estimateLineage, MIN_MARGIN } from "./estimate-lineage";
export { describeChange, CHANGE_BANDS, type ChangeBand } from "./describe-change";
export type * from "./types";
