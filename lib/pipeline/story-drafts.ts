import { Prisma } from "@/lib/generated/prisma/client";

/**
 * A story is a draft until it has a reference and at least one derivative: before that there is
 * nothing to compare, and an abandoned empty story must not be listed publicly with export links.
 * Drafts are visible to editors only (lists, story and article pages, exports); search leaves
 * them out for everyone (they have no rewrites to search).
 */
export function isDraftStory(story: { hasReference: boolean; derivativeCount: number }): boolean {
  return !story.hasReference || story.derivativeCount < 1;
}

/** Prisma filter for stories that are not drafts. */
export const publishedStoryWhere = {
  referenceArticleId: { not: null },
  articles: { some: { referenceOf: { is: null } } },
} satisfies Prisma.StoryWhereInput;

/** The same rule as SQL for a story aliased `s`. */
export const publishedStorySql = Prisma.sql`(s."referenceArticleId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Article" d WHERE d."storyId" = s."id" AND d."id" <> s."referenceArticleId"))`;
