import { buildAnnotationCollection } from "./build-annotation-collection";
import { buildClaimReviews } from "./build-claim-reviews";
import { buildStoryJson } from "./build-story-json";
import { formatStoryCsv } from "./format-story-csv";
import { formatStoryMarkdown } from "./format-story-markdown";
import type { StoryExport } from "./story-export";

export interface RenderExportOptions {
  /** Public address of the app (see resolve-public-url.ts), for every link and id to its pages. */
  baseUrl: string;
  /** The address is only where this server listens: each linking format says so. */
  isLocal?: boolean;
  /** The organisation named as ClaimReview author (default "ClaimTrail"). */
  authorName?: string;
  exportedAt?: Date;
}

export interface ExportFormatSpec {
  /** The link text in the story page's Export menu. */
  label: string;
  contentType: string;
  /** Download name: `${slug}-claimtrail.${extension}`. */
  extension: string;
  /** What the file holds: the README's Exports table. */
  description: string;
  render: (data: StoryExport, options: RenderExportOptions) => string;
  /**
   * Whose revisions the format needs analysed (loadStoryExport): "all", every article's (the JSON
   * gives the labels of each revision); "changed", only those of articles captured more than once
   * (what "Changes after publication" lists), which spares re-running the engine over every
   * article of a large story (~8 s at 1,000 articles).
   */
  revisions: RevisionsNeeded;
}

export type RevisionsNeeded = "all" | "changed";

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The one list of export formats, in menu order. The route's validation, the renderer, the story
 * page's Export menu, the tests and the README's Exports table (checked by formats.test.ts) all
 * read it: a format added here appears everywhere, and none can vanish from one place alone.
 */
export const EXPORT_FORMAT_SPECS = {
  md: {
    revisions: "changed",
    label: "Markdown report",
    contentType: "text/markdown; charset=utf-8",
    extension: "md",
    description:
      "summary, outlet scorecard, every changed claim with the reference wording, each outlet's wording, the verdict, its reasons and editor notes, links to each claim's page, who copied whom (`## Lineage: who copied whom`: each rewrite's likely source with score, margin and evidence), the articles, and `## Changes after publication` for articles captured more than once; raw HTML in third-party text is escaped (`&lt;script&gt;`) so every Markdown renderer shows it as text",
    render: (data, options) => formatStoryMarkdown(data, options),
  },
  csv: {
    revisions: "changed",
    label: "CSV (one row per wording)",
    contentType: "text/csv; charset=utf-8",
    extension: "csv",
    description:
      "RFC 4180, one row per appearance in a derivative: `claim_id, claim_kind, claim, outlet, article_title, article_url, wording, label, machine_label, editor_label, reviewed, stale, reasons, note, start, end`; a cell that starts with `=`, `+`, `-`, `@` or a tab gets a leading `'` so spreadsheets show it instead of running it (CSV injection)",
    render: (data) => formatStoryCsv(data),
  },
  json: {
    revisions: "all",
    label: "JSON report",
    contentType: "application/json",
    extension: "json",
    description:
      "the analysis report above (valid against `analysisReportSchema`), plus `story` (with its page `url` and whether the `addresses` are public or local), each article's `articleId`/`outlet`/`url`/`pageUrl`/`publishedAt`, and `verdicts`: every appearance with `claimUrl`, `label` (in force), `machineLabel`, `editorLabel`, `note`, `notes`, `isReviewed`, `isStale`, `editedAt`; `lineage`: each rewrite's most likely source (`score`, `margin`, `isUndecided`, `runnerUp`, `changeShare`, `evidence`) and the details the reference lacks that several outlets share; `revisions`: every stored revision of every article with `capturedAt`, its `labels` (sentences per label plus omitted; null for the reference) and its `changes` from the one before",
    render: (data, options) => json(buildStoryJson(data, options)),
  },
  claimreview: {
    revisions: "changed",
    label: "ClaimReview (JSON-LD)",
    contentType: "application/ld+json",
    extension: "claimreview.jsonld",
    description:
      "schema.org `ClaimReview` array: one review per claim an editor marked invented, altered, hardened or softened (machine labels are never published), rated with the most severe such label, `url` the claim page, `claimReviewed` the sentence or clause carrying it (75–150 characters), `itemReviewed.appearance` every article carrying the claim so rated (with its URL), `firstAppearance` the earliest of them (never the reference for a change it does not make); author `CLAIMTRAIL_PUBLISHER`",
    render: (data, options) => json(buildClaimReviews(data, options)),
  },
  annotations: {
    revisions: "changed",
    label: "Web Annotations (JSON-LD)",
    contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    extension: "annotations.jsonld",
    description:
      "a W3C `AnnotationCollection`: one annotation per appearance, targeting the article URL with a `TextQuoteSelector` and a `TextPositionSelector` (offsets into the stored text), the label as a tagging body and editor notes as commenting bodies",
    render: (data, options) => json(buildAnnotationCollection(data, options)),
  },
} as const satisfies Record<string, ExportFormatSpec>;

export type ExportFormat = keyof typeof EXPORT_FORMAT_SPECS;

/** The format names in menu order, as a non-empty tuple (for z.enum). */
export const EXPORT_FORMATS = Object.keys(EXPORT_FORMAT_SPECS) as [ExportFormat, ...ExportFormat[]];

/** The README's Exports table, rendered from the registry. */
export function renderExportFormatTable(): string {
  const rows = EXPORT_FORMATS.map((name) => {
    const spec: ExportFormatSpec = EXPORT_FORMAT_SPECS[name];
    return `| \`${name}\` | \`${spec.contentType}\` | ${spec.description} |`;
  });
  return ["| format | content type | what it holds |", "| --- | --- | --- |", ...rows].join("\n");
}
