/**
 * The one definition of the engine's labels and their order (shared/notes/labels.md). Everything
 * else — the engine's types, the report schema, the UI's styles, SQL severity fragments, exports and
 * test tables — derives from these arrays, so a new label that something forgets fails to compile.
 */

/** Labels a derivative sentence (or a detail inside it) can carry, from least to most serious. */
export const SENTENCE_LABELS = ["faithful", "softened", "hardened", "altered", "added", "invented"] as const;
export type SentenceLabel = (typeof SENTENCE_LABELS)[number];

/** Every label, including "omitted" (a reference claim a derivative does not carry). */
export const LABELS = [...SENTENCE_LABELS, "omitted"] as const;
export type Label = (typeof LABELS)[number];

/**
 * Consequence order, most serious first: what a fact-checker must look at first (review queues,
 * "worst label" of a cell, sorting). Invented and altered misstate the reference; hardened and
 * softened change its certainty; added and omitted change its scope; faithful changes nothing.
 */
export const LABELS_BY_SEVERITY = ["invented", "altered", "hardened", "softened", "added", "omitted", "faithful"] as const satisfies readonly Label[];

/** Severity as a number (higher is more serious), derived from LABELS_BY_SEVERITY. */
export const LABEL_SEVERITY: Readonly<Record<Label, number>> = Object.fromEntries(
  LABELS_BY_SEVERITY.map((label, index) => [label, LABELS_BY_SEVERITY.length - 1 - index]),
) as Record<Label, number>;

/** The more serious of two labels. */
export function worseLabel<T extends Label>(a: T, b: T): T {
  return LABEL_SEVERITY[b] > LABEL_SEVERITY[a] ? b : a;
}

export function isLabel(value: unknown): value is Label {
  return typeof value === "string" && (LABELS as readonly string[]).includes(value);
}

export function isSentenceLabel(value: unknown): value is SentenceLabel {
  return typeof value === "string" && (SENTENCE_LABELS as readonly string[]).includes(value);
}
