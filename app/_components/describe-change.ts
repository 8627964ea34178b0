import { describeAuditAction } from "@/lib/pipeline/audit-actions";

/** Audit entries in words: "invented → added", with the note; generic fields otherwise. */
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** An audit action in words, from the one registry (lib/pipeline/audit-actions.ts). */
export function describeAction(action: string): string {
  return describeAuditAction(action);
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
