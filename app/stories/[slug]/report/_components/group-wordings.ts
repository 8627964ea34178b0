import type { ReportWording } from "@/lib/export/build-print-report";

/**
 * Outlets named for one wording before the rest are counted. A wire story is syndicated: a
 * 1,000-outlet generated story had 7,194 changed wordings but 416 distinct ones, one of them
 * carried by several hundred outlets, and each was a paragraph of the printed report (26.6 MB).
 */
export const MAX_OUTLETS_NAMED = 12;

/** One wording as printed, with every outlet that carries it exactly so. */
export interface WordingGroup {
  wording: ReportWording;
  outlets: string[];
}

/** Who decided a wording's label: the editor (with the machine's if different), or the machine. */
export function describeSource({ appearance }: ReportWording): string {
  if (appearance.editorLabel) return appearance.machineLabel && appearance.machineLabel !== appearance.editorLabel ? `editor; the machine said ${appearance.machineLabel}` : "editor";
  return appearance.isReviewed ? "machine, confirmed by an editor" : "machine";
}

/**
 * Wordings that would print the same (sentence, wording, diff, who decided, reasons, notes) as
 * one entry naming each outlet, in the order their first carrier came.
 */
export function groupWordings(wordings: readonly ReportWording[]): WordingGroup[] {
  const groups = new Map<string, WordingGroup>();
  for (const wording of wordings) {
    const { appearance } = wording;
    const key = JSON.stringify([wording.sentence, appearance.text, wording.diff, describeSource(wording), appearance.reasons.map((reason) => reason.detail || reason.code), appearance.editorNote, appearance.notes]);
    const group = groups.get(key);
    if (group) group.outlets.push(wording.article.outlet.name);
    else groups.set(key, { wording, outlets: [wording.article.outlet.name] });
  }
  return [...groups.values()];
}

/**
 * "AnewZ", "AnewZ and Orda.kz", "A, B, …, L and 25 more outlets": each outlet named once (one
 * outlet's articles, or one article carrying the wording twice, print as one name).
 */
export function listOutlets(carriers: readonly string[], max = MAX_OUTLETS_NAMED): string {
  const outlets = [...new Set(carriers)];
  if (outlets.length === 1) return outlets[0]!;
  if (outlets.length <= max) return `${outlets.slice(0, -1).join(", ")} and ${outlets.at(-1)}`;
  return `${outlets.slice(0, max).join(", ")} and ${(outlets.length - max).toLocaleString("en")} more outlets`;
}
