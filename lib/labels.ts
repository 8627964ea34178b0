/**
 * Labels as people see them: order, wording, icon and colours. Shared by server pages, client
 * components and exports. Colour never carries meaning alone: every chip shows an icon and the word.
 */

import type { Label } from "@/lib/analysis/labels";

export { isLabel, isSentenceLabel, LABEL_SEVERITY, LABELS, LABELS_BY_SEVERITY, SENTENCE_LABELS, type Label, type SentenceLabel } from "@/lib/analysis/labels";

export interface LabelStyle {
  label: Label;
  /** Short description for legends and tooltips (shared/notes/labels.md). */
  description: string;
  /** A text glyph that tells labels apart without colour. */
  icon: string;
  /** Tailwind classes for a chip: 900-on-100 pairs, all above 7:1 contrast (WCAG AAA for text). */
  chip: string;
  /**
   * Fill for charts; every one is at least 3:1 against white (WCAG non-text contrast). "added"
   * (slate-800) and "omitted" (stone-500) are both greys, so they differ in lightness by at least
   * 2.5:1 between them to tell apart in the scorecard bars (lib/labels.test.ts checks both).
   */
  fill: string;
  /** Background tint for highlighted sentences in the reader. */
  tint: string;
}

export const LABEL_STYLES: Record<Label, LabelStyle> = {
  faithful: { label: "faithful", description: "says what the reference says, with the same certainty, scope, numbers and attribution", icon: "✓", chip: "bg-emerald-100 text-emerald-900 border-emerald-700", fill: "#047857", tint: "bg-emerald-50" },
  softened: { label: "softened", description: "weaker than the reference: a hedge added, a quantifier weakened, a doubting qualifier", icon: "↓", chip: "bg-sky-100 text-sky-900 border-sky-700", fill: "#0369a1", tint: "bg-sky-50" },
  hardened: { label: "hardened", description: "stronger than the reference: a hedge or condition removed, a range narrowed, attribution dropped", icon: "↑", chip: "bg-orange-100 text-orange-900 border-orange-700", fill: "#c2410c", tint: "bg-orange-50" },
  altered: { label: "altered", description: "a detail changed: a number, place, person, source, or the words inside a quote", icon: "≠", chip: "bg-violet-100 text-violet-900 border-violet-700", fill: "#6d28d9", tint: "bg-violet-50" },
  added: { label: "added", description: "new material with no counterpart in the reference", icon: "+", chip: "bg-slate-200 text-slate-900 border-slate-600", fill: "#1e293b", tint: "bg-slate-100" },
  invented: { label: "invented", description: "new material credited to the reference's reporting or unnamed insiders that the reference does not contain", icon: "!", chip: "bg-red-100 text-red-900 border-red-700", fill: "#b91c1c", tint: "bg-red-50" },
  omitted: { label: "omitted", description: "a reference claim this article does not carry", icon: "∅", chip: "bg-white text-stone-700 border-stone-400 border-dashed", fill: "#78716c", tint: "bg-stone-50" },
};


/** The verdict in force: an editor's wins over the machine's, everywhere it is shown or exported. */
export function getEffectiveLabel(appearance: { editorLabel: Label | null; machineLabel: Label | null }): Label | null {
  return appearance.editorLabel ?? appearance.machineLabel;
}
