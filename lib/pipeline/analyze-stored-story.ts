import type { NewDetailSighting } from "@/lib/analysis/analyze-incremental";
import type { Db, Tx } from "@/lib/db";
import { getEngineVersion } from "./store/analysis/engine-version";
import { runStoryEngine, type StoryEngineInput } from "./store/analysis/run-story-engine";
import { writeStoryAnalysis } from "./store/analysis/write-story-analysis";
import { writeAuditLog } from "./write-audit-log";

export interface AnalyzeStoredStoryResult {
  storyId: string;
  /** Articles of the story. */
  articles: number;
  /** Articles the engine analysed this run: all of them on a full run, the added ones otherwise. */
  analyzedArticles: number;
  /** Why the whole story was re-analysed, or null when only added articles were. */
  fullReason: FullAnalysisReason | null;
  claims: number;
  /** Appearances and omissions written by this run. */
  appearances: number;
  omissions: number;
  /** Editor-touched appearances the new run no longer produces, kept and marked stale. */
  staleAppearances: number;
}

/** Why a whole story is analysed rather than only the articles added to it. */
export type FullAnalysisReason = "requested" | "never-analysed" | "engine-changed" | "reference-changed" | "order" | "reanalysed-article";

/** Progress callback: `done` of `total` derivatives analysed. */
export type OnProgress = (done: number, total: number) => void;

/**
 * Runs the engine over a stored story and writes its results in one transaction: sentences,
 * claims (upserted by a stable key), appearances, omissions and excluded spans. Machine results
 * are replaced; editor verdicts, notes and editor-linked spans are never touched, and an
 * editor-reviewed appearance the new run no longer finds is kept and marked stale.
 */
export async function analyzeStoredStory(db: Db, storyId: string, onProgress?: OnProgress): Promise<AnalyzeStoredStoryResult> {
  // A large story's first analysis runs for seconds, above Prisma's 5 s default.
  return db.$transaction((tx) => analyzeStoryInTransaction(tx, storyId, onProgress), { timeout: 120_000, maxWait: 10_000 });
}

/**
 * analyzeStoredStory inside the caller's transaction, so an import and the analysis of what it
 * imported commit or fail together. Always the whole story.
 */
export async function analyzeStoryInTransaction(tx: Tx, storyId: string, onProgress?: OnProgress): Promise<AnalyzeStoredStoryResult> {
  return analyzeInTransaction(tx, storyId, null, onProgress);
}

/**
 * After `addedIds` were added to a story (in the caller's transaction): analyses only them against
 * the stored reference model and writes only their rows, new-detail clusters joined where a full
 * run would join them. Falls back to the whole story when the stored analysis cannot be extended
 * exactly: never analysed, another engine version or reference, an added article that sorts
 * before an analysed one (story order decides cluster ids), or one that was analysed before (a
 * re-import changed its text).
 */
export async function analyzeAddedArticlesInTransaction(tx: Tx, storyId: string, addedIds: readonly string[], onProgress?: OnProgress): Promise<AnalyzeStoredStoryResult> {
  return analyzeInTransaction(tx, storyId, new Set(addedIds), onProgress);
}

async function analyzeInTransaction(tx: Tx, storyId: string, added: ReadonlySet<string> | null, onProgress?: OnProgress): Promise<AnalyzeStoredStoryResult> {
  const story = await tx.story.findUniqueOrThrow({
    where: { id: storyId },
    select: {
      id: true,
      referenceArticleId: true,
      analyzedAt: true,
      engineVersion: true,
      analyzedReferenceId: true,
      // Story order: the order articles join the new-detail clusters in.
      articles: { select: { id: true, analyzedAt: true, newDetailSightings: true }, orderBy: [{ publishedAt: "asc" }, { createdAt: "asc" }] },
    },
  });
  const reference = story.articles.find((article) => article.id === story.referenceArticleId);
  if (!reference || !story.referenceArticleId) throw new Error(`story ${storyId} has no reference article to analyse against`);
  const derivatives = story.articles.filter((article) => article !== reference);
  const engineVersion = getEngineVersion();
  const fullReason = added === null ? "requested" : planFullReason(story, derivatives, added, engineVersion);
  const toAnalyse = fullReason === null ? derivatives.filter((article) => added!.has(article.id)) : derivatives;
  const previous = fullReason === null ? derivatives.filter((article) => !added!.has(article.id)) : [];

  // Texts are read only for the articles analysed (and the reference), not the whole story.
  const textRows = await tx.article.findMany({
    where: { id: { in: [reference.id, ...toAnalyse.map((article) => article.id)] } },
    select: { id: true, rawText: true, outlet: { select: { name: true } } },
  });
  const byId = new Map(textRows.map((row) => [row.id, row]));
  const referenceRow = byId.get(reference.id)!;
  const input: StoryEngineInput = {
    reference: { id: reference.id, text: referenceRow.rawText, outletName: referenceRow.outlet.name },
    previous: previous.map((article) => ({ id: article.id, sightings: article.newDetailSightings as unknown as NewDetailSighting[] })),
    derivatives: toAnalyse.map((article) => ({ id: article.id, text: byId.get(article.id)!.rawText })),
  };
  // The pure engine step, then the bulk write of its result.
  const result = runStoryEngine(input, onProgress);
  const texts = new Map(textRows.map((row) => [row.id, row.rawText]));
  const counts = await writeStoryAnalysis(tx, { storyId, referenceId: reference.id, texts, result, isFull: fullReason !== null, engineVersion });

  const summary = { articles: story.articles.length, analyzedArticles: toAnalyse.length, fullReason, ...counts };
  await writeAuditLog(tx, { actorId: null, actorLabel: "machine", action: "analysis.run", entityType: "Story", entityId: storyId, storyId, before: null, after: summary });
  return { storyId, ...summary };
}

/** null when the stored analysis can be extended by the added articles exactly; otherwise why not. */
function planFullReason(
  story: { analyzedAt: Date | null; engineVersion: string | null; analyzedReferenceId: string | null; referenceArticleId: string | null },
  derivatives: { id: string; analyzedAt: Date | null; newDetailSightings: unknown }[],
  added: ReadonlySet<string>,
  engineVersion: string | null,
): FullAnalysisReason | null {
  if (!story.analyzedAt) return "never-analysed";
  if (engineVersion === null || story.engineVersion !== engineVersion) return "engine-changed";
  if (story.analyzedReferenceId !== story.referenceArticleId) return "reference-changed";
  let hasSeenAdded = false;
  for (const article of derivatives) {
    if (added.has(article.id)) {
      if (article.analyzedAt) return "reanalysed-article";
      hasSeenAdded = true;
    } else {
      if (hasSeenAdded) return "order";
      if (!article.analyzedAt || !Array.isArray(article.newDetailSightings)) return "never-analysed";
    }
  }
  return null;
}
