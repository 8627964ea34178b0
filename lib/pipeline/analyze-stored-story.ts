import type { NewDetailSighting } from "@/lib/analysis/analyze-incremental";
import type { Db, Tx } from "@/lib/db";
import { getEngineVersion } from "./store/analysis/engine-version";
import type { StoryEngineInput, StoryEngineResult } from "./store/analysis/run-story-engine";
import { runStoryAnalysis } from "./worker-pool";
import { applyStoryAnalysis, prepareStoryAnalysis, prepareStoryAnalysisInTransaction, writeStoryAnalysis, type PreparedStoryAnalysis, type WriteStoryAnalysisInput } from "./store/analysis/write-story-analysis";
import type { RowsAhead } from "./store/analysis/write-claims-ahead";
import { writeAuditLog } from "./write-audit-log";
import { STORY_ARTICLE_ORDER } from "./story-order";

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

/**
 * Progress callback: `done` of `total` derivatives analysed (phase "analyze"), then `done` of
 * `total` rows of the result stored (phase "store").
 */
export type OnProgress = (done: number, total: number, phase?: "analyze" | "store") => void;

/** Attempts when the story changes between reading it and writing its analysis (an import landed meanwhile). */
const MAX_ATTEMPTS = 3;

/**
 * Runs the engine over a stored story and writes its results in one transaction: sentences,
 * claims (upserted by a stable key), appearances, omissions and excluded spans. Machine results
 * are replaced; editor verdicts, notes and editor-linked spans are never touched, and an
 * editor-reviewed appearance the new run no longer finds is kept and marked stale.
 *
 * The engine runs before the write transaction opens, so SQLite's write lock is held only while
 * the rows are written, not while articles are analysed; the transaction takes the lock with its
 * first statement and checks that the story is still what was analysed (else it analyses again).
 */
export async function analyzeStoredStory(db: Db, storyId: string, onProgress?: OnProgress): Promise<AnalyzeStoredStoryResult> {
  for (let attempt = 1; ; attempt += 1) {
    const plan = await planAnalysis(db, storyId, null);
    const result = await runStoryAnalysis(plan.input, onProgress);
    // The stored rows are read and diffed before the lock is taken; the transaction writes the diff.
    const prepared = await prepareAnalysis(db, plan, result, onProgress);
    const written = await db.$transaction(
      async (tx) => {
        await lockStory(tx, storyId);
        if ((await fingerprintStory(tx, storyId)) !== plan.fingerprint) return null;
        return writeAnalysis(tx, plan, prepared);
      },
      // Writing a large story's rows can pass Prisma's 5 s default on a busy machine.
      { timeout: 120_000, maxWait: 10_000 },
    );
    if (written) return written;
    if (attempt >= MAX_ATTEMPTS) throw new Error(`story ${storyId} changed during its analysis ${MAX_ATTEMPTS} times in a row; try again`);
  }
}

/**
 * analyzeStoredStory inside the caller's transaction, so an import and the analysis of what it
 * imported commit or fail together. Always the whole story.
 */
export async function analyzeStoryInTransaction(tx: Tx, storyId: string, onProgress?: OnProgress): Promise<AnalyzeStoredStoryResult> {
  const plan = await planAnalysis(tx, storyId, null);
  return writeAnalysis(tx, plan, await analyseAndDiff(tx, plan, onProgress));
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
  const plan = await planAnalysis(tx, storyId, new Set(addedIds));
  return writeAnalysis(tx, plan, await analyseAndDiff(tx, plan, onProgress));
}

export interface AnalysisPlan {
  storyId: string;
  referenceId: string;
  articleCount: number;
  fullReason: FullAnalysisReason | null;
  engineVersion: string | null;
  input: StoryEngineInput;
  texts: Map<string, string>;
  /** What the story held when it was read (see fingerprintStory). */
  fingerprint: string;
  analyzedAt: Date | null;
}

/** The reference and the articles in story order with their content hashes: equal fingerprints, equal analyses. */
export async function fingerprintStory(client: Db | Tx, storyId: string): Promise<string> {
  const story = await client.story.findUniqueOrThrow({
    where: { id: storyId },
    select: { referenceArticleId: true, articles: { select: { id: true, contentHash: true }, orderBy: STORY_ARTICLE_ORDER } },
  });
  return [story.referenceArticleId, ...story.articles.map((article) => `${article.id}:${article.contentHash}`)].join(" ");
}

/**
 * Reads what the engine needs: the whole story, or only the added articles when the stored
 * analysis can be extended. `referenceId` plans a full run against another of the story's
 * articles (the reference it is about to get); the fingerprint then names that reference.
 */
export async function planAnalysis(client: Db | Tx, storyId: string, added: ReadonlySet<string> | null, referenceId?: string): Promise<AnalysisPlan> {
  const story = await client.story.findUniqueOrThrow({
    where: { id: storyId },
    select: {
      id: true,
      referenceArticleId: true,
      analyzedAt: true,
      engineVersion: true,
      analyzedReferenceId: true,
      // Story order: the order articles join the new-detail clusters in.
      articles: { select: { id: true, contentHash: true, analyzedAt: true, newDetailSightings: true }, orderBy: STORY_ARTICLE_ORDER },
    },
  });
  const referenceArticleId = referenceId ?? story.referenceArticleId;
  const reference = story.articles.find((article) => article.id === referenceArticleId);
  if (!reference || !referenceArticleId) throw new Error(`story ${storyId} has no reference article to analyse against`);
  const derivatives = story.articles.filter((article) => article !== reference);
  const engineVersion = getEngineVersion();
  const fullReason = added === null ? "requested" : planFullReason(story, derivatives, added, engineVersion);
  const toAnalyse = fullReason === null ? derivatives.filter((article) => added!.has(article.id)) : derivatives;
  const previous = fullReason === null ? derivatives.filter((article) => !added!.has(article.id)) : [];

  // Texts are read only for the articles analysed (and the reference), not the whole story.
  const textRows = await client.article.findMany({
    where: { id: { in: [reference.id, ...toAnalyse.map((article) => article.id)] } },
    select: { id: true, rawText: true, outlet: { select: { name: true } } },
  });
  const byId = new Map(textRows.map((row) => [row.id, row]));
  const referenceRow = byId.get(reference.id)!;
  return {
    storyId,
    referenceId: reference.id,
    articleCount: story.articles.length,
    fullReason,
    engineVersion,
    input: {
      reference: { id: reference.id, text: referenceRow.rawText, outletName: referenceRow.outlet.name },
      previous: previous.map((article) => ({ id: article.id, sightings: article.newDetailSightings as unknown as NewDetailSighting[] })),
      derivatives: toAnalyse.map((article) => ({ id: article.id, text: byId.get(article.id)!.rawText })),
    },
    texts: new Map(textRows.map((row) => [row.id, row.rawText])),
    fingerprint: [referenceArticleId, ...story.articles.map((article) => `${article.id}:${article.contentHash}`)].join(" "),
    analyzedAt: story.analyzedAt,
  };
}

/**
 * The first statement of a switch transaction: a write, so the lock is taken now and no other
 * commit can slip in before ours (in WAL mode a transaction that read first and writes later fails
 * when someone committed between). It changes nothing.
 */
export async function lockStory(tx: Tx, storyId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Story" SET "analyzedAt" = "analyzedAt" WHERE "id" = ${storyId}`;
}

function writeInput(plan: AnalysisPlan, result: StoryEngineResult, onProgress?: OnProgress): WriteStoryAnalysisInput {
  const { storyId, referenceId, texts, fullReason, engineVersion } = plan;
  const onRows = onProgress ? (done: number, total: number) => onProgress(done, total, "store") : undefined;
  return { storyId, referenceId, texts, result, isFull: fullReason !== null, engineVersion, onProgress: onRows };
}

/** Reads the stored rows and diffs them against an engine result, outside any transaction (see applyStoryAnalysis). */
export function prepareAnalysis(db: Db, plan: AnalysisPlan, result: StoryEngineResult, onProgress?: OnProgress): Promise<PreparedStoryAnalysis> {
  return prepareStoryAnalysis(db, writeInput(plan, result, onProgress));
}

/**
 * The engine run and the diff in one step, inside an import's transaction: once it returns, the
 * engine's result (~100 MB at 500 articles) is garbage, not held by a frame awaiting the write.
 */
async function analyseAndDiff(tx: Tx, plan: AnalysisPlan, onProgress?: OnProgress): Promise<PreparedStoryAnalysis> {
  return prepareStoryAnalysisInTransaction(tx, writeInput(plan, await runStoryAnalysis(plan.input, onProgress), onProgress));
}

/** The bulk write of an engine result, or of its diff prepared before the transaction or in it, and its audit entry. */
export async function writeAnalysis(tx: Tx, plan: AnalysisPlan, source: StoryEngineResult | PreparedStoryAnalysis, options: { onProgress?: OnProgress; ahead?: RowsAhead | null } = {}): Promise<AnalyzeStoredStoryResult> {
  const { storyId, fullReason } = plan;
  const counts = "articleIds" in source ? await applyStoryAnalysis(tx, source, options.ahead) : await writeStoryAnalysis(tx, writeInput(plan, source, options.onProgress));
  const summary = { articles: plan.articleCount, analyzedArticles: plan.input.derivatives.length, fullReason, ...counts };
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
