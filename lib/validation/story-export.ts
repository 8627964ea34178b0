import { z } from "zod";

/** Export formats of a story (/api/stories/[slug]/export?format=…). */
export const EXPORT_FORMATS = ["md", "csv", "json", "claimreview", "annotations"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The export route's query: a known format is required. */
export const storyExportParamsSchema = z.object({
  format: z.enum(EXPORT_FORMATS, {
    error: (issue) => (issue.input === undefined ? `is required: one of ${EXPORT_FORMATS.join(", ")}` : `${JSON.stringify(issue.input)} is not an export format; use one of ${EXPORT_FORMATS.join(", ")}`),
  }),
});
