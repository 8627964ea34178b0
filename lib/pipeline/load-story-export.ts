import { z } from "zod";
import type { Db } from "@/lib/db";
import type { RevisionsNeeded } from "@/lib/export/formats";
import type { ExportReason, StoryExport } from "@/lib/export/story-export";
import { getEffectiveLabel } from "@/lib/labels";
import { reasonSchema } from "@/lib/validation/analysis-report";
import { analyzeStoryRevisions } from "./analyze-story-revisions";
import { liveClaimWhere } from "@/lib/counts/claim-dismissal";
import { LIVE_STORY } from "@/lib/counts/stage-story";
import { STORY_ARTICLE_ORDER } from "./story-order";

const reasonsSchema = z.array(reasonSchema).catch([]);
const warningsSchema = z.array(z.string()).catch([]);

/** Stored JSON reasons as typed data; a malformed value reads as no reasons rather than failing an export. */
function toReasons(value: unknown): ExportReason[] {
  return reasonsSchema.parse(value);
}

/**
 * An editor's verdict keeps its note twice in the database: as the appearance's `editorNote` (the
 * note explaining the label in force) and as a Note row (the history). Exports show each note
 * once: the verdict's note, then the other notes, so the row repeating the verdict's note is left
 * out (once: the same words written again later are a second note).
 */
function withoutVerdictNote(notes: string[], editorNote: string | null): string[] {
  const index = editorNote === null ? -1 : notes.lastIndexOf(editorNote);
  return index === -1 ? notes : [...notes.slice(0, index), ...notes.slice(index + 1)];
}

/**
 * Loads a story for export (articles, sentences, excluded spans, claims with every appearance,
 * omissions, editor notes and every article's revisions analysed, or with `revisions` "changed"
 * only those of articles captured more than once) as plain data; null when there is no such story
 * (a stage story is none: lib/counts/stage-story.ts; every row below is reached through the story's
 * id, so none of a stage story's is read). Not server-only:
 * the route handler, the print view, the CLI and tests share it.
 */
export async function loadStoryExport(db: Db, slug: string, revisions: RevisionsNeeded = "all"): Promise<StoryExport | null> {
  const story = await db.story.findUnique({ where: { slug, ...LIVE_STORY }, select: { id: true, slug: true, title: true, analyzedAt: true, referenceArticleId: true } });
  if (!story) return null;
  const [articles, claims, appearances, omissions, notes] = await Promise.all([
    db.article.findMany({
      where: { storyId: story.id },
      orderBy: STORY_ARTICLE_ORDER,
      select: {
        id: true, title: true, url: true, publishedAt: true, byline: true, capturedFrom: true, sourceNotes: true, language: true, warnings: true, sourceFile: true, rawText: true,
        outlet: { select: { name: true, kind: true, domain: true } },
        sentences: { orderBy: { index: "asc" }, select: { id: true, index: true, start: true, end: true, text: true, label: true, confidence: true, reasons: true } },
        excludedSpans: { orderBy: { start: "asc" }, select: { start: true, end: true, reason: true } },
      },
    }),
    // Dismissed claims ("not a claim") are not exported: the one rule of lib/counts/claim-dismissal.ts.
    db.claim.findMany({
      where: { storyId: story.id, ...liveClaimWhere },
      orderBy: [{ isNew: "asc" }, { position: "asc" }],
      select: { id: true, key: true, kind: true, detailType: true, parentId: true, text: true, start: true, end: true, isNew: true, isStale: true },
    }),
    db.claimAppearance.findMany({
      where: { claim: { storyId: story.id, ...liveClaimWhere } },
      orderBy: [{ articleId: "asc" }, { start: "asc" }],
      select: {
        id: true, claimId: true, articleId: true, sentenceId: true, start: true, end: true, text: true, prefix: true, suffix: true, foundBy: true,
        machineLabel: true, machineConfidence: true, machineReasons: true, score: true, isStale: true, editorLabel: true, editorNote: true, editedAt: true, isReviewed: true, createdAt: true,
      },
    }),
    db.omission.findMany({ where: { claim: { storyId: story.id, ...liveClaimWhere } }, select: { claimId: true, articleId: true } }),
    db.note.findMany({
      where: { retractedAt: null, OR: [{ claim: { storyId: story.id } }, { appearance: { claim: { storyId: story.id } } }] },
      orderBy: { createdAt: "asc" },
      select: { body: true, claimId: true, appearanceId: true },
    }),
  ]);

  const notesOf = new Map<string, string[]>();
  for (const note of notes) {
    const key = note.appearanceId ?? note.claimId;
    if (!key) continue;
    const list = notesOf.get(key);
    if (list) list.push(note.body);
    else notesOf.set(key, [note.body]);
  }
  const appearancesOf = new Map<string, StoryExport["claims"][number]["appearances"]>();
  for (const row of appearances) {
    const list = appearancesOf.get(row.claimId) ?? [];
    list.push({
      id: row.id,
      claimId: row.claimId,
      articleId: row.articleId,
      sentenceId: row.sentenceId,
      start: row.start,
      end: row.end,
      text: row.text,
      prefix: row.prefix,
      suffix: row.suffix,
      foundBy: row.foundBy,
      label: getEffectiveLabel(row),
      machineLabel: row.machineLabel,
      editorLabel: row.editorLabel,
      confidence: row.machineConfidence,
      score: row.score,
      reasons: toReasons(row.machineReasons),
      editorNote: row.editorNote,
      notes: withoutVerdictNote(notesOf.get(row.id) ?? [], row.editorNote),
      editedAt: row.editedAt?.toISOString() ?? null,
      isReviewed: row.isReviewed,
      isStale: row.isStale,
      createdAt: row.createdAt.toISOString(),
    });
    appearancesOf.set(row.claimId, list);
  }
  const omittedBy = new Map<string, string[]>();
  for (const omission of omissions) {
    const list = omittedBy.get(omission.claimId);
    if (list) list.push(omission.articleId);
    else omittedBy.set(omission.claimId, [omission.articleId]);
  }

  // Report ids: the engine's own for reference claims (the key is "<id>#<hash>"), n1, n2 … for new material.
  let newCount = 0;
  const exportedClaims = claims.map((claim) => ({
    id: claim.id,
    reportId: claim.isNew ? `n${++newCount}` : (claim.key.split("#")[0] ?? claim.key),
    kind: claim.kind,
    detailType: claim.detailType,
    parentId: claim.parentId,
    text: claim.text,
    start: claim.start,
    end: claim.end,
    isNew: claim.isNew,
    isStale: claim.isStale,
    notes: notesOf.get(claim.id) ?? [],
    appearances: appearancesOf.get(claim.id) ?? [],
    omittedBy: omittedBy.get(claim.id) ?? [],
  }));

  const files = articles.map((article) => article.sourceFile);
  const exportedArticles = articles
    .map((article) => ({
      id: article.id,
      // Two uploads can share a file name; the id keeps `file` unique within the story.
      file: article.sourceFile && files.indexOf(article.sourceFile) === files.lastIndexOf(article.sourceFile) ? article.sourceFile : article.id,
      title: article.title,
      url: article.url,
      publishedAt: article.publishedAt?.toISOString() ?? null,
      byline: article.byline,
      capturedFrom: article.capturedFrom,
      sourceNotes: article.sourceNotes,
      language: article.language,
      warnings: warningsSchema.parse(article.warnings),
      isReference: article.id === story.referenceArticleId,
      outlet: article.outlet,
      sentences: article.sentences.map((sentence) => ({ ...sentence, reasons: toReasons(sentence.reasons) })),
      excluded: article.excludedSpans.map((span) => ({ ...span, text: article.rawText.slice(span.start, span.end) })),
    }))
    .sort((a, b) => Number(b.isReference) - Number(a.isReference));

  return {
    story: { id: story.id, slug: story.slug, title: story.title, analyzedAt: story.analyzedAt?.toISOString() ?? null, referenceArticleId: story.referenceArticleId },
    articles: exportedArticles,
    claims: exportedClaims,
    revisions: await analyzeStoryRevisions(db, story.id, exportedArticles, revisions),
  };
}
