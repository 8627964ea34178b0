/**
 * ClaimTrail's provenance engine. Pure, synchronous, deterministic TypeScript:
 * clean → segment → features → align → classify → report. Every offset is a UTF-16 index into
 * the text as given and slices back exactly.
 */
export { analyzeStory, createReferenceAnalysis, createStoryAnalysis, listReferenceClaims, type AnalyzeOptions, type ReferenceAnalysis, type StoryAnalysis } from "./analyze-story";
export type { ArticleInput } from "./analyze-article";
export { classifyPair, type PairResult } from "./classify-pair";
export { cleanArticle } from "./clean";
export { segmentSentences } from "./segment";
export { detectLanguage, type DetectedLanguage } from "./language";
export { extractFeatures, inferReferenceOutletNames } from "./features";
export { prepareArticle, type PreparedArticle } from "./prepare-article";
export { REASON_CODES } from "./classify";
export { formatMarkdownReport } from "./report/format-markdown";
export type * from "./report/report-types";
export type * from "./types";
