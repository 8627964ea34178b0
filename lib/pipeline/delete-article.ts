import { hasRole, type Role } from "@/lib/auth/roles";
import type { Db } from "@/lib/db";
import { deleteArticleSchema, type DeleteArticleInput } from "@/lib/validation/story-admin";
import { analyzeStoryInTransaction, type AnalyzeStoredStoryResult } from "./analyze-stored-story";
import { refuse, type EditResult } from "./edit-result";
import { snapshotDeletedArticles } from "./snapshot-deleted-articles";
import { writeAuditLog } from "./write-audit-log";

/** A re-analysis of a 50-article story writes for seconds, past Prisma's 5 s default (as set-story-reference). */
const ANALYSIS_TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

/**
 * An admin deletes a derivative article: its rows go (sentences, appearances, omissions, notes, by
 * cascade), the story is analysed again in the same transaction (new claims only it carried go, so
 * every count stays right), and the audit entry keeps the article's text, outlet, title, URL and
 * the editors' verdicts and notes on it (snapshotDeletedArticles). The reference cannot be deleted
 * on its own — every other article is compared with it: make another article the reference first,
 * or delete the story.
 */
export async function deleteArticle(
  db: Db,
  actor: { id: string; role: Role },
  input: DeleteArticleInput,
): Promise<EditResult<{ storySlug: string; analysis: AnalyzeStoredStoryResult | null }>> {
  if (!hasRole(actor, "admin")) return refuse(403, "Only an admin can delete an article.");
  const parsed = deleteArticleSchema.safeParse(input);
  if (!parsed.success) return refuse(422, "Check the deletion.", parsed.error.flatten().fieldErrors);
  const { articleId } = parsed.data;
  return db.$transaction(async (tx): Promise<EditResult<{ storySlug: string; analysis: AnalyzeStoredStoryResult | null }>> => {
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: { id: true, title: true, outlet: { select: { name: true } }, story: { select: { id: true, slug: true, referenceArticleId: true } } },
    });
    if (!article) return refuse(404, "This article no longer exists.");
    const { story } = article;
    if (story.referenceArticleId === article.id) {
      return refuse(422, "This is the story's reference: every other article is compared with it. Make another article the reference first, or delete the whole story.");
    }
    const [snapshot] = await snapshotDeletedArticles(tx, { id: article.id });
    await tx.article.delete({ where: { id: article.id } });
    await writeAuditLog(tx, {
      actorId: actor.id,
      action: "article.delete",
      entityType: "Article",
      entityId: article.id,
      storyId: story.id,
      before: snapshot ?? null,
      after: null,
    });
    // Claims, clusters and counts come from the articles: without it they are computed again.
    const analysis = story.referenceArticleId ? await analyzeStoryInTransaction(tx, story.id) : null;
    return { ok: true, storySlug: story.slug, analysis };
  }, ANALYSIS_TRANSACTION);
}
