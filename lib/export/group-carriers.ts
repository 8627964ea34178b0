import type { ExportAppearance } from "./story-export";

/** One wording as printed, with every outlet that carries it exactly so, in the order they came. */
export interface CarrierGroup<T> {
  first: T;
  outlets: string[];
}

/**
 * Items that print the same (`keyOf`) as one group naming each carrier's outlet, in the order
 * their first carrier came. A wire story is syndicated: a generated 1,000-outlet story had 7,194
 * changed wordings but 416 distinct ones, one carried by several hundred outlets, and the print
 * report and the Markdown export repeated each as a paragraph of its own (26.6 and 18 MB).
 */
export function groupCarriers<T>(items: readonly T[], keyOf: (item: T) => string, outletOf: (item: T) => string): CarrierGroup<T>[] {
  const groups = new Map<string, CarrierGroup<T>>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.outlets.push(outletOf(item));
    else groups.set(key, { first: item, outlets: [outletOf(item)] });
  }
  return [...groups.values()];
}

/** Who decided a wording's label: the editor (with the machine's if different), or the machine. */
export function describeVerdictSource(appearance: Pick<ExportAppearance, "editorLabel" | "machineLabel" | "isReviewed">): string {
  if (appearance.editorLabel) return appearance.machineLabel && appearance.machineLabel !== appearance.editorLabel ? `editor; the machine said ${appearance.machineLabel}` : "editor";
  return appearance.isReviewed ? "machine, confirmed by an editor" : "machine";
}

/**
 * "AnewZ", "AnewZ and Orda.kz", "A, B and C"; past `max`, "A, B, …, L and 25 more outlets". Each
 * outlet is named once (one outlet's articles, or one article carrying the wording twice).
 */
export function listOutlets(carriers: readonly string[], max = Number.POSITIVE_INFINITY): string {
  const outlets = [...new Set(carriers)];
  if (outlets.length === 1) return outlets[0]!;
  if (outlets.length <= max) return `${outlets.slice(0, -1).join(", ")} and ${outlets.at(-1)}`;
  return `${outlets.slice(0, max).join(", ")} and ${(outlets.length - max).toLocaleString("en")} more outlets`;
}
