import { Prisma } from "@/lib/generated/prisma/client";
import { LABEL_SEVERITY, LABELS, type Label } from "@/lib/labels";

/**
 * The one SQL form of the label severity order (lib/analysis/labels.ts): `CASE expr WHEN 'invented'
 * THEN 6 … ELSE otherwise END`. The labels are the registry's constants, never user input, so they
 * are inlined (an inlined CASE can sit in GROUP BY and ORDER BY like any expression).
 */
export function labelSeveritySql(expression: Prisma.Sql, otherwise: number | null = null): Prisma.Sql {
  const whens = LABELS.map((label) => `WHEN '${label}' THEN ${LABEL_SEVERITY[label]}`).join(" ");
  return Prisma.sql`(CASE ${expression} ${Prisma.raw(whens)} ELSE ${Prisma.raw(otherwise === null ? "NULL" : String(otherwise))} END)`;
}

const LABEL_AT_SEVERITY = new Map<number, Label>(LABELS.map((label) => [LABEL_SEVERITY[label], label]));

/** The label a severity read back from SQL stands for (undefined for the codes below every label). */
export function labelAtSeverity(severity: number | bigint | null): Label | undefined {
  return severity === null ? undefined : LABEL_AT_SEVERITY.get(Number(severity));
}
