import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { estimateLineage, type StoryLineage } from "@/lib/lineage";
import { loadLineageInput } from "./load-lineage-input";

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
 * claims and verdicts (no table of its own: it follows every re-analysis and editor verdict).
 * Null for an unknown story.
 */
export async function getStoryLineage(slug: string, db: Db = appDb): Promise<StoryLineageView | null> {
  const loaded = await loadLineageInput(db, { slug });
  if (!loaded) return null;
  const lineage = estimateLineage(loaded.input);
  const byId = new Map(loaded.articles.map((article) => [article.id, article]));
  const articles = lineage.order.map((id): LineageArticleView => {
    const article = byId.get(id)!;
    return { id, outlet: article.outlet, title: article.title, publishedAt: article.publishedAt, capturedAt: article.createdAt, isReference: article.isReference };
  });
  return { story: loaded.story, articles, lineage };
}
