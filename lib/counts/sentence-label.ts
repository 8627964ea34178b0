import { LABEL_SEVERITY, type Label } from "@/lib/labels";

/** The most severe of some labels (null for none): a cell's, a sentence's or a claim's worst. */
export function mostSevereLabel(labels: Iterable<Label>): Label | null {
  let worst: Label | null = null;
  for (const label of labels) if (worst === null || LABEL_SEVERITY[label] > LABEL_SEVERITY[worst]) worst = label;
  return worst;
}

/**
 * A derivative sentence's label in force, the rule every sentence count and the reader share:
 * none when every claim it carries is dismissed ("not a claim", lib/counts/claim-dismissal.ts);
 * when an editor gave a verdict on any live appearance in the sentence (a statement, one of its
 * details or new material it carries), the most severe editor verdict; otherwise the machine's.
 */
export function sentenceLabelInForce(machineLabel: Label | null, editorLabels: Iterable<Label>, isDismissed = false): Label | null {
  if (isDismissed) return null;
  return mostSevereLabel(editorLabels) ?? machineLabel;
}
