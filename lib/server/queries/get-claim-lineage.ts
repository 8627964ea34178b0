import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { LIVE_CLAIM } from "@/lib/counts/stage-story";
import { listSharedDetails, orderArticles } from "@/lib/lineage";
import { loadLineageInput } from "./load-lineage-input";

export interface ClaimCarrier {
  articleId: string;
  outlet: string;
  publishedAt: Date | null;
  /** The outlet's wording of the detail. */
  text: string;
  /** The claim that wording belongs to (another new claim when the same figure or name was clustered apart). */
  claimId: string;
}

export interface ClaimLineage {
  first: ClaimCarrier;
  /** Later carriers in time order. */
  after: ClaimCarrier[];
  /** What ties other claims' wordings to this one: figures or names the reference lacks ("five"). */
  sharedWords: string[];
}

/**
 * For a new detail (material the reference lacks): where it first appeared and which outlets
 * carry it after, counting other outlets' wordings that share its figure or name ("five sources"
 * and "five officials"). Null for reference claims and unknown ids (a stage story's claims among them).
 */
export async function getClaimLineage(claimId: string, db: Db = appDb): Promise<ClaimLineage | null> {
  const claim = await db.claim.findUnique({ where: { id: claimId, ...LIVE_CLAIM }, select: { storyId: true, isNew: true } });
  if (!claim?.isNew) return null;
  const loaded = await loadLineageInput(db, { id: claim.storyId });
  if (!loaded) return null;
  const groups = listSharedDetails(loaded.input).filter((group) => group.key === `claim:${claimId}` || group.carriers.some((carrier) => carrier.claimId === claimId));
  const byArticle = new Map<string, { text: string; claimId: string }>();
  for (const appearance of loaded.input.appearances) {
    if (appearance.claimId === claimId && !byArticle.has(appearance.articleId)) byArticle.set(appearance.articleId, { text: appearance.text, claimId });
  }
  for (const carrier of groups.flatMap((group) => group.carriers)) if (!byArticle.has(carrier.articleId)) byArticle.set(carrier.articleId, carrier);
  const meta = new Map(loaded.articles.map((article) => [article.id, article]));
  const carriers = orderArticles(loaded.input.articles)
    .filter((article) => !article.isReference && byArticle.has(article.id))
    .map((article): ClaimCarrier => ({ articleId: article.id, outlet: article.name, publishedAt: meta.get(article.id)!.publishedAt, ...byArticle.get(article.id)! }));
  const [first, ...after] = carriers;
  if (!first) return null;
  const sharedWords = [...new Set(groups.flatMap((group) => (group.key.startsWith("word:") ? [group.key.slice(5)] : [])))];
  return { first, after, sharedWords };
}
