import type { Label } from "@/lib/labels";

/** What an option says about who stands behind it: the label in force and who set it, or the machine's. */
export function describeVerdictOption(option: Label, { machineLabel, label, editorName }: { machineLabel: Label | null; label: Label | null; editorName?: string | null }): string {
  const inForce = label ?? machineLabel;
  const who = editorName ?? "an editor";
  if (option === inForce && label) return label === machineLabel ? ` (in force: confirmed by ${who})` : ` (in force: set by ${who})`;
  if (option === inForce) return " (in force: machine, not reviewed)";
  if (option === machineLabel) return " (the machine’s)";
  return "";
}
