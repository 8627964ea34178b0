import type { ExportFormat } from "@/lib/validation/story-export";
import { buildAnnotationCollection } from "./build-annotation-collection";
import { buildClaimReviews } from "./build-claim-reviews";
import { buildStoryJson } from "./build-story-json";
import { formatStoryCsv } from "./format-story-csv";
import { formatStoryMarkdown } from "./format-story-markdown";
import type { StoryExport } from "./story-export";

export interface RenderedExport {
  body: string;
  contentType: string;
  /** Download name: `${slug}-claimtrail.${extension}`. */
  filename: string;
}

export interface RenderExportOptions {
  /** Public address of the app (see resolve-public-url.ts), for every link and id to its pages. */
  baseUrl: string;
  /** The address is only where this server listens: each format says so. */
  isLocal?: boolean;
  /** The organisation named as ClaimReview author (default "ClaimTrail"). */
  authorName?: string;
  exportedAt?: Date;
}

const FORMATS: Record<ExportFormat, { contentType: string; extension: string; render: (data: StoryExport, options: RenderExportOptions) => string }> = {
  md: { contentType: "text/markdown; charset=utf-8", extension: "md", render: (data, options) => formatStoryMarkdown(data, options) },
  csv: { contentType: "text/csv; charset=utf-8", extension: "csv", render: (data) => formatStoryCsv(data) },
  json: { contentType: "application/json", extension: "json", render: (data, options) => json(buildStoryJson(data, options)) },
  claimreview: { contentType: "application/ld+json", extension: "claimreview.jsonld", render: (data, options) => json(buildClaimReviews(data, options)) },
  annotations: {
    contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    extension: "annotations.jsonld",
    render: (data, options) => json(buildAnnotationCollection(data, options)),
  },
};

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** One story in one export format, with the content type and download name to serve it with. */
export function renderStoryExport(data: StoryExport, format: ExportFormat, options: RenderExportOptions): RenderedExport {
  const { contentType, extension, render } = FORMATS[format];
  return { body: render(data, options), contentType, filename: `${data.story.slug}-claimtrail.${extension}` };
}
