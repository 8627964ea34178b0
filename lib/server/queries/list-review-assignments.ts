import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { reviewQueueSql } from "@/lib/counts/review-queue-sql";
import type { AssignmentStatus } from "@/lib/pipeline/assignment-statuses";

export interface ReviewAssignmentRow {
  id: string;
  storySlug: string;
  storyTitle: string;
  /** The outlet whose article is assigned; null for the whole story. */
  outlet: string | null;
  assigneeId: string;
  assignee: string;
  status: AssignmentStatus;
  /** Review items in the assignment's scope an editor has reviewed, of all of them. */
  reviewed: number;
  total: number;
}

/**
 * Assignments with each one's progress (reviewed items / items in its scope, counted with the
 * review queue's own rule), for one story or every story, by story then outlet. The boolean is
 * counted with CASE: PostgreSQL has no SUM(boolean), SQLite stores it as 0/1 and reads either.
 */
export async function listReviewAssignments(options: { storySlug?: string } = {}, db: Db = appDb): Promise<ReviewAssignmentRow[]> {
  const inStory = options.storySlug === undefined ? Prisma.empty : Prisma.sql`AND s."slug" = ${options.storySlug}`;
  const rows = await db.$queryRaw<(Omit<ReviewAssignmentRow, "reviewed" | "total"> & { reviewed: number | bigint | null; total: number | bigint })[]>`
    SELECT r."id", s."slug" AS "storySlug", s."title" AS "storyTitle", o."name" AS "outlet", r."assigneeId", coalesce(u."name", u."email") AS "assignee", r."status",
      (SELECT COUNT(*) FROM "ClaimAppearance" a JOIN "Claim" c ON c."id" = a."claimId"
        WHERE c."storyId" = s."id" AND (r."articleId" IS NULL OR a."articleId" = r."articleId") AND ${reviewQueueSql({ unreviewedOnly: false })}) AS "total",
      (SELECT SUM(CASE WHEN a."isReviewed" THEN 1 ELSE 0 END) FROM "ClaimAppearance" a JOIN "Claim" c ON c."id" = a."claimId"
        WHERE c."storyId" = s."id" AND (r."articleId" IS NULL OR a."articleId" = r."articleId") AND ${reviewQueueSql({ unreviewedOnly: false })}) AS "reviewed"
    FROM "ReviewAssignment" r JOIN "Story" s ON s."id" = r."storyId" JOIN "User" u ON u."id" = r."assigneeId"
    LEFT JOIN "Article" ar ON ar."id" = r."articleId" LEFT JOIN "Outlet" o ON o."id" = ar."outletId"
    WHERE 1 = 1 ${inStory}
    ORDER BY s."createdAt", r."articleId" IS NOT NULL, o."name"`;
  return rows.map((row) => ({ ...row, reviewed: Number(row.reviewed ?? 0), total: Number(row.total) }));
}
