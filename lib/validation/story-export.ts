import { z } from "zod";
import { EXPORT_FORMATS } from "@/lib/export/formats";

export { EXPORT_FORMATS, type ExportFormat } from "@/lib/export/formats";

/** The export route's query: a known format (from the registry in lib/export/formats.ts) is required. */
export const storyExportParamsSchema = z.object({
  format: z.enum(EXPORT_FORMATS, {
    error: (issue) => (issue.input === undefined ? `is required: one of ${EXPORT_FORMATS.join(", ")}` : `${JSON.stringify(issue.input)} is not an export format; use one of ${EXPORT_FORMATS.join(", ")}`),
  }),
});
