/**
 * Revisions of an article over time, compared claim by claim. Pure TypeScript over the engine
 * (lib/analysis): no framework, database or Node imports.
 */
export { compareRevisions, compareRevisionReports, type CompareRevisionsInput } from "./compare-revisions";
export { analyzeRevisions, type RevisionInput, type AnalyzedRevision } from "./analyze-revisions";
export { describeAspect } from "./describe-aspect";
export { isSameRevisionText, normalizeRevisionText } from "./normalize-revision-text";
export type * from "./types";
