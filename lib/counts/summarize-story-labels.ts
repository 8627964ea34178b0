import { LABELS, LABELS_BY_SEVERITY, type Label } from "@/lib/labels";
import { COUNT_UNITS } from "./count-units";

/** One phrase of a story's summary line: "9 invented claims". */
export interface LabelPhrase {
  label: Label;
  count: number;
  text: string;
}

export interface StoryLabelSummary {
  /** Changed labels with a count, most serious first (faithful is not a finding). */
  phrases: LabelPhrase[];
  /** "The Levant Files: 9 invented claims, 5 altered claims, …" or "…: no changes found". */
  text: string;
}

/** The outlets' cells (COUNT_UNITS.claims: one per claim and outlet, most severe label) added up. */
export function addLabelCounts(tallies: Iterable<Readonly<Record<Label, number>>>): Record<Label, number> {
  const totals = Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>;
  for (const tally of tallies) for (const label of LABELS) totals[label] += tally[label];
  return totals;
}

/**
 * The story at a glance: its title, then each label an outlet gave some claim, most serious first,
 * counted in COUNT_UNITS.claims (the unit of the scorecard below it, so the numbers add up there).
 */
export function summarizeStoryLabels(title: string, totals: Readonly<Record<Label, number>>): StoryLabelSummary {
  const noun = COUNT_UNITS.claims.noun;
  const phrases = LABELS_BY_SEVERITY.filter((label) => label !== "faithful" && totals[label] > 0).map((label) => {
    const count = totals[label];
    return { label, count, text: `${count} ${label} ${count === 1 ? noun.replace(/s$/, "") : noun}` };
  });
  return { phrases, text: `${title}: ${phrases.length > 0 ? phrases.map((phrase) => phrase.text).join(", ") : "no changes found"}` };
}
