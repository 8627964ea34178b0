import { diffWords } from "diff";

/** Texts longer than this are shown without a diff: a claim's wording is a sentence, not a page. */
const MAX_DIFF_CHARS = 3_000;
/** jsdiff gives up past this many word edits (returns undefined): a rewrite that far off reads better whole. */
const MAX_DIFF_EDITS = 400;

export interface DiffPart {
  text: string;
  type: "same" | "inserted" | "deleted";
}

/** Word-level diff from `base` to `text` (jsdiff), or null when either is too long or too different. */
export function diffWording(base: string, text: string): DiffPart[] | null {
  if (base.length > MAX_DIFF_CHARS || text.length > MAX_DIFF_CHARS) return null;
  const changes = diffWords(base, text, { maxEditLength: MAX_DIFF_EDITS });
  if (!changes) return null;
  return changes.map((change) => ({ text: change.value, type: change.added ? "inserted" : change.removed ? "deleted" : "same" }));
}
