import type { Db } from "@/lib/db";
import { setReferenceSchema } from "@/lib/validation/article-import";
import { analyzeStoryInTransaction, type AnalyzeStoredStoryResult, type OnProgress } from "./analyze-stored-story";
import { toInputError, InputError } from "./input-error";
import { writeAuditLog } from "./write-audit-log";

/** A 50-article story's analysis writes for seconds, past Prisma's 5 s default. */
const ANALYSIS_TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

export interface SetStoryReferenceResult {
  storyId: string;
  referenceArticleId: string;
  /** false when the article already was the reference of an analysed story (nothing re-ran). */
  isChanged: boolean;
  analysis: AnalyzeStoredStoryResult | null;
}

/**
 * Makes `articleId` the reference of the story `slug` and re-runs the story's analysis against
 * it. Claims come from the reference, so the matrix is rebuilt; editor verdicts and notes on
 * claims the new run no longer produces are kept, marked stale.
 */
export async function setStoryReference(
  db: Db,
  slug: string,
  articleId: string,
  options: { onProgress?: OnProgress; actorId?: string | null; actorLabel?: string } = {},
): Promise<SetStoryReferenceResult> {
  const parsed = setReferenceSchema.safeParse({ storySlug: slug, articleId });
  if (!parsed.success) throw toInputError(parsed.error, "reference");
  const story = await db.story.findUnique({ where: { slug }, select: { id: true, referenceArticleId: true, analyzedAt: true } });
  if (!story) throw new InputError(`there is no story "${slug}"`, "reference", "storySlug");
  const article = await db.article.findFirst({ where: { id: articleId, storyId: story.id }, select: { id: true } });
  if (!article) throw new InputError(`story "${slug}" has no article ${articleId}`, "reference", "articleId");
  if (story.referenceArticleId === articleId && story.analyzedAt) {
    return { storyId: story.id, referenceArticleId: articleId, isChanged: false, analysis: null };
  }

  // The new reference and the analysis against it commit together.
  const analysis = await db.$transaction(async (tx) => {
    await tx.story.update({ where: { id: story.id }, data: { referenceArticleId: articleId } });
    await writeAuditLog(tx, {
      actorId: options.actorId ?? null,
      actorLabel: options.actorLabel ?? (options.actorId ? undefined : "import"),
      action: "story.set-reference",
      entityType: "Story",
      entityId: story.id,
      storyId: story.id,
      before: { referenceArticleId: story.referenceArticleId },
      after: { referenceArticleId: articleId },
    });
    return analyzeStoryInTransaction(tx, story.id, options.onProgress);
  }, ANALYSIS_TRANSACTION);
  return { storyId: story.id, referenceArticleId: articleId, isChanged: true, analysis };
}
