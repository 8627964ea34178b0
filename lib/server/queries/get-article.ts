import "server-only";
import { db } from "@/lib/db";

/** One article with its outlet and story, or null. */
export async function getArticle(id: string) {
  const article = await db.article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      url: true,
      publishedAt: true,
      byline: true,
      language: true,
      rawText: true,
      sourceFile: true,
      outlet: { select: { name: true, kind: true } },
      story: { select: { slug: true, title: true, referenceArticleId: true } },
    },
  });
  if (!article) return null;
  return { ...article, isReference: article.story.referenceArticleId === article.id };
}
