import type { Db } from "@/lib/db";
import { STORY_ARTICLE_ORDER } from "@/lib/pipeline/story-order";

/** Everything an analysis stores for a story, with row ids replaced by what they stand for. */
export async function dumpStoryAnalysis(db: Db, storyId: string) {
  const articles = await db.article.findMany({ where: { storyId }, orderBy: STORY_ARTICLE_ORDER, select: { id: true, url: true, language: true, warnings: true, newDetailSightings: true } });
  const articleKey = new Map(articles.map((row) => [row.id, row.url]));
  const claims = await db.claim.findMany({ where: { storyId }, orderBy: { key: "asc" } });
  const claimKey = new Map(claims.map((row) => [row.id, row.key]));
  const sentences = await db.sentence.findMany({ where: { article: { storyId } }, orderBy: [{ articleId: "asc" }, { index: "asc" }] });
  const sentenceKey = new Map(sentences.map((row) => [row.id, `${articleKey.get(row.articleId)}#${row.index}`]));
  // What readers see: rows under a stage story (written ahead of a switch, or left behind one) are not the story's.
  const appearances = await db.claimAppearance.findMany({ where: { article: { storyId }, claim: { storyId } } });
  const omissions = await db.omission.findMany({ where: { article: { storyId }, claim: { storyId } } });
  const spans = await db.excludedSpan.findMany({ where: { article: { storyId } } });
  const sorted = <T>(rows: T[]) => rows.map((row) => JSON.stringify(row)).sort();
  return {
    articles: articles.map(({ id: _id, ...row }) => row),
    claims: claims.map((row) => ({ key: row.key, kind: row.kind, detailType: row.detailType, parent: row.parentId && claimKey.get(row.parentId), text: row.text, start: row.start, end: row.end, position: row.position, isNew: row.isNew, isStale: row.isStale })),
    sentences: sorted(sentences.map(({ id: _id, articleId, ...row }) => ({ article: articleKey.get(articleId), ...row }))),
    appearances: sorted(
      appearances.map(({ id: _id, claimId, articleId, sentenceId, createdAt: _c, updatedAt: _u, ...row }) => ({ claim: claimKey.get(claimId), article: articleKey.get(articleId), sentence: sentenceId && sentenceKey.get(sentenceId), ...row })),
    ),
    omissions: sorted(omissions.map((row) => ({ claim: claimKey.get(row.claimId), article: articleKey.get(row.articleId) }))),
    spans: sorted(spans.map(({ id: _id, articleId, ...row }) => ({ article: articleKey.get(articleId), ...row }))),
  };
}
