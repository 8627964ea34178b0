import { Prisma } from "@/lib/generated/prisma/client";
import { liveClaimSql } from "./claim-dismissal";
import { liveStorySql } from "./stage-story";

/**
 * What the review queue holds, as SQL over appearance `a`, claim `c` and story `s`: live machine
 * verdicts on derivative articles (not stale, not orphaned, claim not dismissed, its story not a
 * stage story: lib/counts/stage-story.ts). `isReviewed` narrows to items still to review;
 * `assigneeId` to one editor's assignments. Shared by the queue, its progress and the bulk actions'
 * "all matching this filter", so the three always agree.
 */
export function reviewQueueSql(options: { storySlug?: string; assigneeId?: string; unreviewedOnly: boolean }): Prisma.Sql {
  const inStory = options.storySlug === undefined ? Prisma.empty : Prisma.sql`AND s."slug" = ${options.storySlug}`;
  // "My queue": the stories, or outlets within them, assigned to one editor (ReviewAssignment).
  const mine =
    options.assigneeId === undefined
      ? Prisma.empty
      : Prisma.sql`AND EXISTS (SELECT 1 FROM "ReviewAssignment" r WHERE r."assigneeId" = ${options.assigneeId} AND r."storyId" = s."id" AND (r."articleId" IS NULL OR r."articleId" = a."articleId"))`;
  const unreviewed = options.unreviewedOnly ? Prisma.sql`AND a."isReviewed" = FALSE AND a."machineLabel" IS NOT NULL` : Prisma.empty;
  return Prisma.sql`a."isStale" = FALSE AND a."anchor" <> 'orphaned' AND a."articleId" IS DISTINCT FROM s."referenceArticleId" AND ${liveStorySql("s")} AND ${liveClaimSql("c")} ${unreviewed} ${inStory} ${mine}`;
}
