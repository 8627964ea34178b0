import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { labelSeveritySql } from "@/lib/counts/label-severity-sql";
import type { OutletFigures } from "@/lib/counts/outlet-figures";
import { LABEL_SEVERITY, LABELS, type Label } from "@/lib/labels";
import type { MatrixSort } from "@/lib/validation/story-page";
import { liveClaimSql } from "@/lib/counts/claim-dismissal";
import { LIVE_STORY } from "@/lib/counts/stage-story";
import { compareMatrixColumns, compareNewClaimRows, countCarriers, emptyTally, tallyColumn } from "./matrix-order";

/**
 * What one matrix cell shows: the most severe effective label of the claim's appearances in that
 * article, "omitted", "origin" (the reference's own wording), "unlabelled" (an editor-linked span
 * with no verdict yet), or null when the article neither carries nor omits the claim.
 */
export type MatrixCell = Label | "origin" | "unlabelled" | null;

export interface MatrixColumn {
  articleId: string;
  outletId: string;
  outletName: string;
  outletKind: string;
  title: string;
  publishedAt: Date | null;
  /** When the article was imported: orders articles published the same day. */
  addedAt: Date;
  isReference: boolean;
  /** Statement and new-detail cells by label (the rows shown collapsed); all zero for the reference. */
  counts: Record<Label, number>;
  /** Distortion and coverage (lib/counts/outlet-figures.ts); null for the reference. */
  figures: OutletFigures | null;
}

export interface MatrixRow {
  claimId: string;
  kind: "statement" | "detail" | "new";
  detailType: string | null;
  text: string;
  /** Detail claims under a statement (what expanding it shows); 0 for other rows. */
  detailCount: number;
  /** Derivatives that carry the claim (omissions not counted). */
  outletCount: number;
  /** One per column, in column order. */
  cells: MatrixCell[];
}

export interface StoryMatrix {
  story: { id: string; slug: string; title: string; analyzedAt: Date | null; hasReference: boolean };
  columns: MatrixColumn[];
  /** Reference statements in reference order; `details` is filled for expanded rows only. */
  statements: (MatrixRow & { details: MatrixRow[] | null })[];
  /** Details derivatives introduced, most widely shared first. */
  newClaims: MatrixRow[];
  /** The requested expand ids that are statements of this story. */
  expanded: string[];
  /** Set on a past state (getStoryMatrixAsOf): the time shown, kept by the matrix's links. */
  asOf?: Date;
}

// Severity codes: LABEL_SEVERITY for labelled appearances, then two codes below every label so any
// real verdict wins over them.
const UNLABELLED = -1; // an appearance whose effective label is null
const OMITTED_ROW = -2; // an Omission row
const NONE = -3; // neither: the article does not carry the claim and does not omit it
const LABEL_AT_SEVERITY = new Map<number, Label>(LABELS.map((label) => [LABEL_SEVERITY[label], label]));

/** CASE mapping the effective label (editorLabel ?? machineLabel) of appearance `a` to its severity. */
const severitySql = labelSeveritySql(Prisma.sql`COALESCE(a."editorLabel", a."machineLabel")`, UNLABELLED);

type ArticleRow = { id: string; title: string; publishedAt: Date | null; createdAt: Date; outletId: string; outletName: string; outletKind: string };
type ClaimRow = {
  id: string;
  kind: string;
  detailType: string | null;
  parentId: string | null;
  text: string;
  isNew: unknown;
  detailCount: bigint | number;
  /** "articleId severity,articleId severity…" over the claim's live appearances. */
  cells: string | null;
  /** "articleId,articleId…" of the articles that omit it. */
  omitted: string | null;
};

/**
 * The provenance matrix of a story, aggregated in SQL: one row per reference statement (plus the
 * details of the `expand`ed ones) and per new detail, one column per article (reference first,
 * then in the requested order: date, distortion, coverage or outlet name). Returns null when there
 * is no such story (a stage story is none: lib/counts/stage-story.ts; reached through the story's
 * id, its claims and their rows are the story's own, and a detail counts only in its parent's story).
 */
export async function getStoryMatrix(slug: string, options: { sort: MatrixSort; expand: readonly string[] }, db: Db = appDb): Promise<StoryMatrix | null> {
  const story = await db.story.findUnique({ where: { slug, ...LIVE_STORY }, select: { id: true, slug: true, title: true, analyzedAt: true, referenceArticleId: true } });
  if (!story) return null;

  const expandSql = options.expand.length > 0 ? Prisma.sql`OR c."parentId" IN (${Prisma.join(options.expand)})` : Prisma.empty;
  // One row per shown claim with its cells packed into strings: a few hundred rows cross the
  // driver instead of one per (claim, article), which costs more than the SQL itself at 50 outlets.
  const [articleRows, claimRows] = await Promise.all([
    db.$queryRaw<ArticleRow[]>`
      SELECT a."id", a."title", a."publishedAt", a."createdAt", o."id" AS "outletId", o."name" AS "outletName", o."kind" AS "outletKind"
      FROM "Article" a JOIN "Outlet" o ON o."id" = a."outletId" WHERE a."storyId" = ${story.id}`,
    db.$queryRaw<ClaimRow[]>`
      SELECT c."id", c."kind", c."detailType", c."parentId", c."text", c."isNew",
        CASE WHEN c."kind" = 'statement' THEN (SELECT COUNT(*) FROM "Claim" d WHERE d."parentId" = c."id" AND d."storyId" = c."storyId" AND d."isStale" = FALSE AND ${liveClaimSql("d")}) ELSE 0 END AS "detailCount",
        (SELECT string_agg("cell", ',') FROM (
          SELECT a."articleId" || ' ' || MAX(${severitySql}) AS "cell" FROM "ClaimAppearance" a
          WHERE a."claimId" = c."id" AND a."isStale" = FALSE GROUP BY a."articleId") x) AS "cells",
        (SELECT string_agg(o."articleId", ',') FROM "Omission" o WHERE o."claimId" = c."id") AS "omitted"
      FROM "Claim" c
      WHERE c."storyId" = ${story.id} AND c."isStale" = FALSE AND ${liveClaimSql("c")} AND (c."kind" = 'statement' OR c."isNew" = TRUE ${expandSql})
      ORDER BY c."position"`,
  ]);

  // Per claim, the severity code of each article (by its index in articleRows); NONE when the
  // article neither carries nor omits it.
  const articleIndex = new Map(articleRows.map((article, index) => [article.id, index]));
  const referenceIndex = articleRows.findIndex((article) => article.id === story.referenceArticleId);
  const severities = claimRows.map((claim) => {
    const byArticle = new Int8Array(articleRows.length).fill(NONE);
    for (const articleId of claim.omitted?.split(",") ?? []) {
      const index = articleIndex.get(articleId);
      if (index !== undefined) byArticle[index] = OMITTED_ROW;
    }
    for (const cell of claim.cells?.split(",") ?? []) {
      const space = cell.indexOf(" ");
      const index = articleIndex.get(cell.slice(0, space));
      if (index !== undefined) byArticle[index] = Math.max(Number(cell.slice(space + 1)), byArticle[index] ?? NONE);
    }
    return byArticle;
  });
  const isNew = claimRows.map((claim) => Number(claim.isNew) === 1);
  const cellOf = (claim: number, article: number): MatrixCell => {
    if (article === referenceIndex) return isNew[claim] ? null : "origin";
    const severity = severities[claim]?.[article] ?? NONE;
    if (severity === NONE) return null;
    if (severity === OMITTED_ROW) return "omitted";
    return LABEL_AT_SEVERITY.get(severity) ?? "unlabelled";
  };

  // The figures count the rows shown collapsed: every statement and every new detail.
  const counted = claimRows.flatMap((claim, index) => (claim.kind === "statement" || isNew[index] ? [index] : []));
  const statementCount = claimRows.filter((claim, index) => claim.kind === "statement" && !isNew[index]).length;
  const columns = articleRows.map((article, index): MatrixColumn & { index: number } => {
    const isReference = index === referenceIndex;
    const { counts, figures } = isReference ? emptyTally() : tallyColumn(counted.map((claim) => ({ cell: cellOf(claim, index), isNew: isNew[claim] ?? false })), statementCount);
    return { index, articleId: article.id, outletId: article.outletId, outletName: article.outletName, outletKind: article.outletKind, title: article.title, publishedAt: article.publishedAt, addedAt: article.createdAt, isReference, counts, figures };
  });
  columns.sort(compareMatrixColumns(options.sort));

  const toRow = (claim: ClaimRow, position: number): MatrixRow => {
    const cells = columns.map((column) => cellOf(position, column.index));
    return {
      claimId: claim.id,
      kind: isNew[position] ? "new" : claim.kind === "statement" ? "statement" : "detail",
      detailType: claim.detailType,
      text: claim.text,
      detailCount: Number(claim.detailCount),
      outletCount: countCarriers(cells),
      cells,
    };
  };
  const statements: StoryMatrix["statements"] = [];
  const newClaims: MatrixRow[] = [];
  const detailsOf = new Map<string, MatrixRow[]>();
  claimRows.forEach((claim, position) => {
    const row = toRow(claim, position);
    if (row.kind === "statement") statements.push({ ...row, details: null });
    else if (row.kind === "new") newClaims.push(row);
    else if (claim.parentId) detailsOf.set(claim.parentId, [...(detailsOf.get(claim.parentId) ?? []), row]);
  });
  const expanded = options.expand.filter((id) => statements.some((row) => row.claimId === id));
  for (const row of statements) if (expanded.includes(row.claimId)) row.details = detailsOf.get(row.claimId) ?? [];
  // Stable sort: equally shared, equally severe new details keep the order they first appeared in.
  newClaims.sort(compareNewClaimRows);

  return {
    story: { id: story.id, slug: story.slug, title: story.title, analyzedAt: story.analyzedAt, hasReference: story.referenceArticleId !== null },
    columns: columns.map(({ index: _index, ...column }) => column),
    statements,
    newClaims,
    expanded,
  };
}
