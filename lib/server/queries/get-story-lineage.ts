import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { getEffectiveLabel } from "@/lib/labels";
import { estimateLineage, type LineageInput, type StoryLineage } from "@/lib/lineage";

export interface LineageArticleView {
  id: string;
  outlet: string;
  title: string;
  publishedAt: Date | null;
  capturedAt: Date;
  isReference: boolean;
}

export interface StoryLineageView {
  story: { id: string; slug: string; title: string; analyzedAt: Date | null };
  /** In time order (lineage.order). */
  articles: LineageArticleView[];
  lineage: StoryLineage;
}

/**
 * The story's lineage: who most likely copied whom, computed on read from the stored articles,
 * claims and verdicts (editor labels win over the machine's). Null for an unknown story.
 */
export async function getStoryLineage(slug: string, db: Db = appDb): Promise<StoryLineageView | null> {
  const story = await db.story.findUnique({
    where: { slug },
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
          // The analysed sentences leave page chrome out; rawText stands in before an analysis.
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
  const input: LineageInput = {
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
  };
  const lineage = estimateLineage(input);
  const byId = new Map(story.articles.map((article) => [article.id, article]));
  const articles = lineage.order.map((id): LineageArticleView => {
    const article = byId.get(id)!;
    return { id, outlet: article.outlet.name, title: article.title, publishedAt: article.publishedAt, capturedAt: article.createdAt, isReference: id === story.referenceArticleId };
  });
  return { story: { id: story.id, slug: story.slug, title: story.title, analyzedAt: story.analyzedAt }, articles, lineage };
}
