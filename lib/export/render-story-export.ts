import { EXPORT_FORMAT_SPECS, type ExportFormat, type ExportFormatSpec, type RenderExportOptions } from "./formats";
import type { StoryExport } from "./story-export";

export type { RenderExportOptions };

export interface RenderedExport {
  body: string;
  contentType: string;
  /** Download name: `${slug}-claimtrail.${extension}`. */
  filename: string;
}

/** One story in one export format, with the content type and download name to serve it with. */
export function renderStoryExport(data: StoryExport, format: ExportFormat, options: RenderExportOptions): RenderedExport {
  const { contentType, extension, render }: ExportFormatSpec = EXPORT_FORMAT_SPECS[format];
  return { body: render(data, options), contentType, filename: `${data.story.slug}-claimtrail.${extension}` };
}
