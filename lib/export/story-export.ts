import type { Label } from "@/lib/labels";
import type { ArticleRevisionsInput } from "./revisions-section";

/**
 * Everything an export needs about one story, as plain data (ISO date strings, no Prisma types):
 * loaded once by lib/pipeline/load-story-export.ts, then turned into Markdown, CSV, JSON,
 * ClaimReview or Web Annotations by the pure functions beside this file.
 */
export interface StoryExport {
  story: { id: string; slug: string; title: string; analyzedAt: string | null; referenceArticleId: string | null };
  /** Reference first, then by publication date and import time. */
  articles: ExportArticle[];
  /** In reference order (statements with their details), then the new material. */
  claims: ExportClaim[];
  /**
   * Every article's stored revisions (export order), analysed against the current reference
   * (lib/pipeline/analyze-story-revisions.ts). The one part holding Dates: lib/revisions' own type.
   */
  revisions: ArticleRevisionsInput[];
}

export interface ExportReason {
  code: string;
  detail: string;
  evidence?: { reference?: string; derivative?: string };
}

export interface ExportArticle {
  id: string;
  /** The file it came from, or its id when it had none (the `file` of the JSON report). */
  file: string;
  title: string;
  url: string | null;
  publishedAt: string | null;
  byline: string | null;
  /** The page the text was captured from when it is not `url` (a republication). */
  capturedFrom: string | null;
  /** Where the text came from and what is odd about it (the manifest's or import's notes). */
  sourceNotes: string | null;
  language: string;
  warnings: string[];
  isReference: boolean;
  outlet: { name: string; kind: string; domain: string | null };
  /** The machine's sentences (derivatives carry labels; the reference's are unlabelled). */
  sentences: ExportSentence[];
  excluded: { text: string; start: number; end: number; reason: string }[];
}

export interface ExportSentence {
  id: string;
  index: number;
  start: number;
  end: number;
  text: string;
  label: Label | null;
  confidence: number | null;
  reasons: ExportReason[];
}

export interface ExportClaim {
  id: string;
  /** The analysis report's id: "c3", "c3.d2" for reference claims, "n1", "n2" … for new material. */
  reportId: string;
  kind: "statement" | "detail";
  detailType: string | null;
  parentId: string | null;
  /** The reference's wording (for new material: the first outlet's). */
  text: string;
  /** Offsets into the reference's text; null for new material. */
  start: number | null;
  end: number | null;
  isNew: boolean;
  isStale: boolean;
  /** Editor notes on the claim (retracted notes left out). */
  notes: string[];
  appearances: ExportAppearance[];
  /** Ids of the articles that omit the claim. */
  omittedBy: string[];
}

export interface ExportAppearance {
  id: string;
  claimId: string;
  articleId: string;
  sentenceId: string | null;
  start: number;
  end: number;
  /** The article's wording: its rawText.slice(start, end). */
  text: string;
  /** W3C TextQuoteSelector context stored with the span. */
  prefix: string;
  suffix: string;
  foundBy: "machine" | "editor";
  /** The verdict in force: the editor's when there is one, else the machine's. */
  label: Label | null;
  machineLabel: Label | null;
  editorLabel: Label | null;
  confidence: number | null;
  score: number | null;
  reasons: ExportReason[];
  editorNote: string | null;
  /** Further editor notes on the appearance, never repeating `editorNote` (retracted notes left out). */
  notes: string[];
  editedAt: string | null;
  isReviewed: boolean;
  isStale: boolean;
  createdAt: string;
}
