import { z } from "zod";
import { AUDIT_ACTIONS, type AuditAction } from "@/lib/pipeline/audit-actions";
import { slugSchema } from "./story-manifest";

const ACTION_NAMES = Object.keys(AUDIT_ACTIONS) as [AuditAction, ...AuditAction[]];
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)));
/** An empty or invalid field means "no filter": a hand-edited URL shows the whole log, never an error page. */
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional()).catch(undefined);

/**
 * The audit page's filters from the URL (?story=slug&user=id&action=verdict.set&from=2026-01-01&to=…&page=2):
 * one story, one actor, one action of the registry, a date range (UTC days, both ends included).
 */
export const auditFilterSchema = z.object({
  story: optional(slugSchema),
  user: optional(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)),
  action: optional(z.enum(ACTION_NAMES)),
  from: optional(day),
  to: optional(day),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;

/** The filter as search params (page left out unless asked), for links that keep it. */
export function auditFilterParams(filter: AuditFilter, page?: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["story", "user", "action", "from", "to"] as const) if (filter[key]) params.set(key, filter[key]);
  if (page && page > 1) params.set("page", String(page));
  return params;
}
