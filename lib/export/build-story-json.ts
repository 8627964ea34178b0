import { isSentenceLabel } from "@/lib/analysis/labels";
import type { AnalysisReportInput } from "@/lib/validation/analysis-report";
import { buildLineageSection } from "./lineage-section";
import { describeLocalAddress } from "./resolve-public-url";
import { buildRevisionsSection } from "./revisions-section";
import type { ExportArticle, ExportClaim, StoryExport } from "./story-export";

type DetailType = NonNullable<AnalysisReportInput["reference"]["claims"][number]["detailType"]>;
type ExclusionReason = AnalysisReportInput["reference"]["excluded"][number]["reason"];


/**
 * The story as the analysis report of shared/notes/labels.md (what `npm run analyze` prints),
 * rebuilt from the stored machine results, plus `story`, each article's outlet and URL, and
 * `verdicts`: every appearance in a derivative with the label in force (the editor's wins), the
 * machine's and the editor's labels, and the editor's notes; `lineage` (who copied whom, with the
 * evidence) and `revisions` (every stored revision of every article with its labels and changes).
 * Valid against analysisReportSchema.
 */
export function buildStoryJson(data: StoryExport, options: { baseUrl?: string; isLocal?: boolean } = {}): AnalysisReportInput {
  const baseUrl = options.baseUrl?.replace(/\/+$/, "");
  const reference = data.articles.find((article) => article.isReference);
  const derivatives = data.articles.filter((article) => !article.isReference);
  const live = data.claims.filter((claim) => !claim.isStale);
  const reportIdOf = new Map(live.map((claim) => [claim.id, claim.reportId]));
  const fileOf = new Map(data.articles.map((article) => [article.id, article.file]));

  const source = (article: ExportArticle) => ({
    file: article.file,
    articleId: article.id,
    outlet: article.outlet.name,
    url: article.url,
    ...(baseUrl ? { pageUrl: `${baseUrl}/articles/${article.id}` } : {}),
    publishedAt: article.publishedAt,
    ...(article.capturedFrom ? { capturedFrom: article.capturedFrom } : {}),
    ...(article.sourceNotes ? { sourceNotes: article.sourceNotes } : {}),
    title: article.title,
    language: article.language,
  });
  const excluded = (article: ExportArticle) => article.excluded.map((span) => ({ ...span, reason: span.reason as ExclusionReason }));

  const referenceClaims = live.flatMap((claim) =>
    claim.isNew || claim.start === null || claim.end === null
      ? []
      : [{
          id: claim.reportId,
          kind: claim.kind,
          ...(claim.parentId && reportIdOf.has(claim.parentId) ? { parentId: reportIdOf.get(claim.parentId)! } : {}),
          ...(claim.detailType ? { detailType: claim.detailType as DetailType } : {}),
          text: claim.text,
          start: claim.start,
          end: claim.end,
        }],
  );

  return {
    schemaVersion: 1,
    story: {
      slug: data.story.slug,
      title: data.story.title,
      analyzedAt: data.story.analyzedAt,
      ...(baseUrl ? { url: `${baseUrl}/stories/${data.story.slug}`, addresses: options.isLocal ? "local" : "public" } : {}),
      ...(baseUrl && options.isLocal ? { addressNote: describeLocalAddress(baseUrl) } : {}),
    },
    reference: reference
      ? { ...source(reference), claims: referenceClaims, excluded: excluded(reference) }
      : { file: "", title: null, language: "und", claims: [], excluded: [] },
    newClaims: live.flatMap((claim) => {
      if (!claim.isNew) return [];
      const carriers = claim.appearances.filter((appearance) => !appearance.isStale && appearance.foundBy === "machine");
      const files = [...new Set(derivatives.filter((article) => carriers.some((a) => a.articleId === article.id)).map((article) => article.file))];
      if (files.length === 0) return [];
      const label: "added" | "invented" = carriers.some((appearance) => appearance.machineLabel === "invented") ? "invented" : "added";
      return [{ id: claim.reportId, kind: "detail" as const, detailType: (claim.detailType ?? "quote") as DetailType, text: claim.text, label, files }];
    }),
    articles: derivatives.map((article) => ({
      ...source(article),
      warnings: article.warnings,
      sentences: buildSentences(article, live),
      omitted: live.filter((claim) => claim.omittedBy.includes(article.id)).map((claim) => claim.reportId),
      excluded: excluded(article),
    })),
    verdicts: data.claims.flatMap((claim) =>
      claim.appearances
        .filter((appearance) => appearance.articleId !== reference?.id)
        .map((appearance) => ({
          claimId: claim.reportId,
          ...(baseUrl ? { claimUrl: `${baseUrl}/claims/${claim.id}` } : {}),
          file: fileOf.get(appearance.articleId) ?? appearance.articleId,
          text: appearance.text,
          start: appearance.start,
          end: appearance.end,
          label: appearance.label,
          machineLabel: appearance.machineLabel,
          editorLabel: appearance.editorLabel,
          isReviewed: appearance.isReviewed,
          isStale: appearance.isStale || claim.isStale,
          note: appearance.editorNote,
          notes: appearance.notes,
          editedAt: appearance.editedAt,
        })),
    ),
    lineage: buildLineageSection(data).json,
    revisions: buildRevisionsSection(data.revisions),
  };
}

/** A derivative's labelled sentences with the statement claims they match and the details they carry. */
function buildSentences(article: ExportArticle, claims: ExportClaim[]) {
  const bySentence = new Map<string, { claim: ExportClaim; appearance: ExportClaim["appearances"][number] }[]>();
  for (const claim of claims) {
    for (const appearance of claim.appearances) {
      if (appearance.articleId !== article.id || appearance.isStale || appearance.foundBy !== "machine" || !appearance.sentenceId) continue;
      bySentence.set(appearance.sentenceId, [...(bySentence.get(appearance.sentenceId) ?? []), { claim, appearance }]);
    }
  }
  return article.sentences.flatMap((sentence) => {
    const label = sentence.label;
    if (!isSentenceLabel(label) || sentence.confidence === null || sentence.reasons.length === 0) return [];
    const carried = bySentence.get(sentence.id) ?? [];
    const matches = carried
      .filter(({ claim }) => claim.kind === "statement" && !claim.isNew)
      .map(({ claim, appearance }) => ({ claimId: claim.reportId, score: appearance.score ?? 0 }))
      .sort((a, b) => b.score - a.score);
    const details = carried.flatMap(({ claim, appearance }) => {
      const detailLabel = appearance.machineLabel;
      return claim.kind === "detail" && isSentenceLabel(detailLabel)
        ? [{ claimId: claim.reportId, text: appearance.text, start: appearance.start, end: appearance.end, label: detailLabel, reasons: appearance.reasons }]
        : [];
    });
    return [{ text: sentence.text, start: sentence.start, end: sentence.end, label, confidence: sentence.confidence, reasons: sentence.reasons, matches, details }];
  });
}
