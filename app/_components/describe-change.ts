/** Audit entries in words: "invented → added", with the note; generic fields otherwise. */
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

const ACTION_WORDS: Record<string, string> = {
  "verdict.set": "set the verdict",
  "verdict.confirm": "confirmed the verdict",
  "verdict.undo": "undid a verdict",
  "annotation.create": "linked a span",
  "annotation.moved": "re-anchored a span after a re-import",
  "annotation.orphaned": "lost a span after a re-import (orphaned)",
  "note.add": "added a note",
  "claim.create": "created the claim",
  "claim.edit": "reworded the claim",
  "user.create": "created an account",
  "user.role": "changed a role",
  "user.disable": "disabled an account",
  "user.enable": "re-enabled an account",
  "story.create": "created the story",
  "story.import": "imported articles",
  "analysis.run": "ran the analysis",
};

export function describeAction(action: string): string {
  return ACTION_WORDS[action] ?? action;
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/** Fields that changed, as "field: before → after" lines (a field on one side only shows "—" on the other). */
export function describeChange(before: unknown, after: unknown): string[] {
  const from = isRecord(before) ? before : {};
  const to = isRecord(after) ? after : {};
  if (typeof after === "string" || (before === null && !isRecord(after))) return [show(after)];
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return keys.flatMap((key) => {
    const [a, b] = [show(from[key]), show(to[key])];
    if (a === b) return [];
    return [key in from && before !== null ? `${key}: ${a} → ${b}` : `${key}: ${b}`];
  });
}
