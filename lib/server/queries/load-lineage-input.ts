import "server-only";
import type { Db } from "@/lib/db";
import { LIVE_STORY } from "@/lib/counts/stage-story";
import { getEffectiveLabel } from "@/lib/labels";
import type { LineageInput } from "@/lib/lineage";

export interface LoadedLineageInput {
  story: { id: string; slug: string; title: string; analyzedAt: Date | null };
  articles: { id: string; outlet: string; title: string; publishedAt: Date | null; createdAt: Date; isReference: boolean }[];
  input: LineageInput;
}

/**
 * A story's articles (analysed sentences, without page chrome), live claims and appearances as the
 * plain data lib/lineage reads; editor labels win over the machine's. Null for an unknown story or a
 * stage story (lib/counts/stage-story.ts); reached through the story's id, its claims' rows are its own.
 */
export async function loadLineageInput(db: Db, where: { slug: string } | { id: string }): Promise<LoadedLineageInput | null> {
  const story = await db.story.findUnique({
    where: { ...where, ...LIVE_STORY },
    select: {
      id: true,
      slug: true,
      title: true,
      analyzedAt: true,
      referenceArticleId: true,
      articles: {
        select: {
          id: true,
          title: true,
          publishedAt: true,
          createdAt: true,
          rawText: true,
          outlet: { select: { name: true } },
          // rawText stands in before an analysis has stored sentences.
          sentences: { orderBy: { index: "asc" }, select: { text: true } },
        },
      },
      claims: { where: { isStale: false }, select: { id: true, kind: true, isNew: true, text: true } },
    },
  });
  if (!story) return null;
  const appearances = await db.claimAppearance.findMany({
    where: { isStale: false, anchor: { not: "orphaned" }, claim: { storyId: story.id, isStale: false } },
    select: { claimId: true, articleId: true, text: true, machineLabel: true, editorLabel: true },
  });
  return {
    story: { id: story.id, slug: story.slug, title: story.title, analyzedAt: story.analyzedAt },
    articles: story.articles.map((article) => ({ id: article.id, outlet: article.outlet.name, title: article.title, publishedAt: article.publishedAt, createdAt: article.createdAt, isReference: article.id === story.referenceArticleId })),
    input: {
      articles: story.articles.map((article) => ({
        id: article.id,
        name: article.outlet.name,
        isReference: article.id === story.referenceArticleId,
        publishedAt: article.publishedAt?.getTime() ?? null,
        capturedAt: article.createdAt.getTime(),
        text: article.sentences.length > 0 ? article.sentences.map((sentence) => sentence.text).join("\n") : article.rawText,
      })),
      claims: story.claims,
      appearances: appearances.map((appearance) => ({ claimId: appearance.claimId, articleId: appearance.articleId, text: appearance.text, label: getEffectiveLabel(appearance) })),
    },
  };
}
