import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Story order: articles by publication time, then by when they were stored, then by id. The id
 * breaks ties, which are common — one import stores its whole batch in the same millisecond, and
 * rewrites are often dated only to the day — so that every query that reads a story in order
 * (the engine's input, the analysis fingerprint, the story page, exports) sees the same order.
 * Without it SQLite returns tied rows in whatever order the query plan scans them.
 */
export const STORY_ARTICLE_ORDER = [{ publishedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }] satisfies Prisma.ArticleOrderByWithRelationInput[];
