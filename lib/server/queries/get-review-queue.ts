import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { labelSeveritySql } from "@/lib/counts/label-severity-sql";
import { LABEL_SEVERITY, LABELS, type Label } from "@/lib/labels";
import { parseReasons, type ReaderReason } from "./get-article-reader";
import { reviewQueueSql } from "@/lib/counts/review-queue-sql";
import { LIVE_STORY } from "@/lib/counts/stage-story";

/** Items sent to the queue at once: an hour of reviewing; the page fetches more when they run out. */
export const REVIEW_BATCH = 100;
/** Reasons shown per item: the first ones are the strongest evidence; the claim page has all. */
const MAX_REASONS = 3;

export interface ReviewItem {
  id: string;
  version: number;
  machineLabel: Label;
  confidence: number | null;
  reasons: ReaderReason[];
  text: string;
  claimId: string;
  claimText: string;
  claimKind: "statement" | "detail";
  /** Whether the claim is material the derivatives introduced (no reference sentence to compare with). */
  isNew: boolean;
  articleId: string;
  outlet: string;
  sentenceIndex: number | null;
  /** The whole derivative sentence holding the fragment, and where the fragment sits in it. */
  sentence: { text: string; fragmentStart: number; fragmentEnd: number } | null;
  /** The reference sentence the claim comes from, with its place in the reference article. */
  referenceSentence: { text: string; articleId: string; index: number } | null;
  storyId: string;
  storyTitle: string;
}

export interface StoryProgress {
  storyId: string;
  slug: string;
  title: string;
  total: number;
  reviewed: number;
}

export interface OrphanedAnnotation {
  id: string;
  text: string;
  claimId: string;
  claimText: string;
  articleId: string;
  outlet: string;
}

const severitySql = labelSeveritySql(Prisma.sql`a."machineLabel"`, -1);

/**
 * The reference sentence holding a claim, found by its offsets when the claim does not name it
 * (the pipeline stores offsets into the reference; new material has none).
 */
const REFERENCE_SENTENCE_ID = Prisma.sql`SELECT r."id" FROM "Sentence" r
  WHERE c."isNew" = FALSE AND c."start" IS NOT NULL AND r."articleId" = s."referenceArticleId" AND r."start" <= c."start" AND c."start" < r."end"
  ORDER BY r."start" DESC LIMIT 1`;

type ItemRow = Omit<ReviewItem, "reasons" | "version" | "sentenceIndex" | "isNew" | "sentence" | "referenceSentence"> & {
  version: number | bigint;
  reasons: unknown;
  sentenceIndex: number | bigint | null;
  isNew: number | bigint;
  start: number | bigint;
  end: number | bigint;
  sentenceText: string | null;
  sentenceStart: number | bigint | null;
  referenceText: string | null;
  referenceArticleId: string | null;
  referenceIndex: number | bigint | null;
};

/**
 * The review queue: machine verdicts on derivative articles that no editor has reviewed, most
 * consequential first (invented, altered, hardened … faithful; within a label the least confident
 * first), with each story's progress and the annotations a re-import orphaned. Never a stage
 * story's rows (lib/counts/stage-story.ts).
 */
export async function getReviewQueue(options: { storySlug?: string; assigneeId?: string } = {}, db: Db = appDb): Promise<{ items: ReviewItem[]; progress: StoryProgress[]; orphaned: OrphanedAnnotation[] }> {
  // One story only when asked (/review?story=slug): an editor working through one story's rewrites.
  // "My queue" (/review?mine=1): the stories and outlets assigned to the editor.
  const scope = { storySlug: options.storySlug, assigneeId: options.assigneeId };
  const [rows, progress, orphaned] = await Promise.all([
    db.$queryRaw<ItemRow[]>`
      SELECT a."id", a."version", a."machineLabel", a."machineConfidence" AS "confidence", a."machineReasons" AS "reasons", a."text",
             a."claimId", c."text" AS "claimText", c."kind" AS "claimKind", c."isNew" AS "isNew", a."articleId", o."name" AS "outlet",
             a."start", a."end", se."index" AS "sentenceIndex", se."text" AS "sentenceText", se."start" AS "sentenceStart",
             rs."text" AS "referenceText", rs."articleId" AS "referenceArticleId", rs."index" AS "referenceIndex",
             s."id" AS "storyId", s."title" AS "storyTitle"
      FROM "ClaimAppearance" a
      JOIN "Claim" c ON c."id" = a."claimId"
      JOIN "Story" s ON s."id" = c."storyId"
      JOIN "Article" ar ON ar."id" = a."articleId"
      JOIN "Outlet" o ON o."id" = ar."outletId"
      LEFT JOIN "Sentence" se ON se."id" = a."sentenceId"
      LEFT JOIN "Sentence" rs ON rs."id" = coalesce(c."referenceSentenceId", (${REFERENCE_SENTENCE_ID}))
      WHERE ${reviewQueueSql({ ...scope, unreviewedOnly: true })}
      ORDER BY ${severitySql} DESC, a."machineConfidence" ASC, s."createdAt", a."articleId", a."start", c."position"
      LIMIT ${REVIEW_BATCH}`,
    db.$queryRaw<{ storyId: string; slug: string; title: string; total: number | bigint; reviewed: number | bigint | null }[]>`
      SELECT s."id" AS "storyId", s."slug", s."title", COUNT(*) AS "total", SUM(CASE WHEN a."isReviewed" THEN 1 ELSE 0 END) AS "reviewed"
      FROM "ClaimAppearance" a JOIN "Claim" c ON c."id" = a."claimId" JOIN "Story" s ON s."id" = c."storyId"
      WHERE ${reviewQueueSql({ ...scope, unreviewedOnly: false })}
      GROUP BY s."id" ORDER BY s."createdAt"`,
    db.claimAppearance.findMany({
      where: { anchor: "orphaned", claim: { story: { ...LIVE_STORY, ...(options.storySlug === undefined ? {} : { slug: options.storySlug }) } } },
      orderBy: { updatedAt: "desc" },
      take: REVIEW_BATCH,
      select: { id: true, text: true, claimId: true, articleId: true, claim: { select: { text: true } }, article: { select: { outlet: { select: { name: true } } } } },
    }),
  ]);
  return {
    items: rows.map(toReviewItem),
    progress: progress.map((row) => ({ storyId: row.storyId, slug: row.slug, title: row.title, total: Number(row.total), reviewed: Number(row.reviewed ?? 0) })),
    orphaned: orphaned.map((row) => ({ id: row.id, text: row.text, claimId: row.claimId, claimText: row.claim.text, articleId: row.articleId, outlet: row.article.outlet.name })),
  };
}

/** A row as the queue shows it: numbers from SQLite's bigints, the fragment placed in its sentence. */
function toReviewItem(row: ItemRow): ReviewItem {
  const { start, end, sentenceText, sentenceStart, referenceText, referenceArticleId, referenceIndex, isNew, ...rest } = row;
  return {
    ...rest,
    version: Number(row.version),
    isNew: Boolean(Number(isNew)),
    sentenceIndex: row.sentenceIndex === null ? null : Number(row.sentenceIndex),
    sentence: sentenceText === null || sentenceStart === null ? null : placeFragment(sentenceText, Number(sentenceStart), Number(start), Number(end)),
    referenceSentence:
      referenceText === null || referenceArticleId === null || referenceIndex === null ? null : { text: referenceText, articleId: referenceArticleId, index: Number(referenceIndex) },
    reasons: parseReasons(typeof row.reasons === "string" ? JSON.parse(row.reasons) : row.reasons).slice(0, MAX_REASONS),
  };
}

/**
 * The fragment's offsets inside its sentence (both are offsets into the article's text). A
 * fragment reaching past the sentence (a span an editor drew across two) is clipped to it.
 */
function placeFragment(text: string, sentenceStart: number, start: number, end: number): ReviewItem["sentence"] {
  const fragmentStart = Math.min(Math.max(start - sentenceStart, 0), text.length);
  const fragmentEnd = Math.min(Math.max(end - sentenceStart, fragmentStart), text.length);
  return { text, fragmentStart, fragmentEnd };
}
