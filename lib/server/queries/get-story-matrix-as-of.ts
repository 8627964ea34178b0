import "server-only";
import type { NewDetailSighting } from "@/lib/analysis/analyze-incremental";
import type { ReportArticle } from "@/lib/analysis";
import { db as appDb, type Db } from "@/lib/db";
import { worseLabel } from "@/lib/analysis/labels";
import type { Label, SentenceLabel } from "@/lib/labels";
import { runStoryEngine } from "@/lib/pipeline/store/analysis/run-story-engine";
import { claimKey } from "@/lib/pipeline/store/analysis/write-claims";
import type { MatrixSort } from "@/lib/validation/story-page";
import type { MatrixCell, MatrixColumn, MatrixRow, StoryMatrix } from "./get-story-matrix";
import { compareMatrixColumns, compareNewClaimRows, countCarriers, tallyColumn } from "./matrix-order";
import { STORY_ARTICLE_ORDER } from "@/lib/pipeline/story-order";

/**
 * Most articles shown at an earlier revision in one page view: each is one engine run (~10 ms
 * for a news article, see lib/revisions/analyze-revisions.ts), so 60 keeps the as-of page within
 * about a second of analysis even under load; past it the latest ones are shown as they are now
 * and listed in `overCap`.
 */
export const MAX_EARLIER_ARTICLES = 60;

export interface AsOfArticle {
  articleId: string;
  outletName: string;
}

export interface StoryMatrixAsOf {
  asOf: Date;
  /** The matrix as of `asOf`, in the same shape the story page renders (see below for what changes). */
  matrix: StoryMatrix;
  /** Articles shown at a revision before their latest one, machine labels only. */
  earlier: (AsOfArticle & { revision: number; latestRevision: number; capturedAt: Date })[];
  /** Articles first captured after `asOf`: left out of the matrix. */
  notYetCaptured: (AsOfArticle & { firstCapturedAt: Date })[];
  /** Articles past MAX_EARLIER_ARTICLES: shown at their current text. */
  overCap: AsOfArticle[];
  /** Set when the reference was revised after `asOf`: the rows stay its current claims. */
  referenceRevisedAfter: { revision: number; latestRevision: number } | null;
  /** New details only an earlier revision carried: the current analysis has no row (and no claim page) for them. */
  pastOnlyDetails: (AsOfArticle & { detailType: string; text: string; label: Label })[];
}

type Revision = { number: number; capturedAt: Date };

/** The revision an article showed at `asOf`: the latest captured at or before it (the highest number on a tie). */
function pickRevision(revisions: readonly Revision[], asOf: Date): Revision | undefined {
  let shown: Revision | undefined;
  for (const revision of revisions) {
    if (revision.capturedAt.getTime() > asOf.getTime()) continue;
    if (!shown || revision.capturedAt > shown.capturedAt || (revision.capturedAt.getTime() === shown.capturedAt.getTime() && revision.number > shown.number)) shown = revision;
  }
  return shown;
}

/**
 * The story's provenance matrix as it stood at `asOf`: each article at its latest revision
 * captured at or before that time. Built from the stored matrix `current` (the same sort and
 * open rows) so the page renders it unchanged:
 * - an article whose shown revision is its current text keeps its stored cells, editor verdicts
 *   included (they were given on this text);
 * - an article shown at an earlier revision gets that revision analysed by the engine against
 *   the current reference, new details joining the story's stored clusters; its cells are machine
 *   labels (editor verdicts stay attached to the current text and are not carried back);
 * - articles first captured after `asOf` are left out; new-detail rows no shown article carries
 *   are dropped, and details only an earlier revision carried are listed in `pastOnlyDetails`;
 * - rows are the current reference's claims, also when the reference itself was revised since.
 * Change shares, column order and new-detail order are recomputed as the stored matrix computes them.
 */
export async function getStoryMatrixAsOf(current: StoryMatrix, asOf: Date, options: { sort: MatrixSort }, db: Db = appDb): Promise<StoryMatrixAsOf> {
  const storyId = current.story.id;
  const articles = await db.article.findMany({
    where: { storyId },
    // Story order: the order articles join the new-detail clusters in (as the stored analysis).
    orderBy: STORY_ARTICLE_ORDER,
    select: { id: true, newDetailSightings: true, outlet: { select: { name: true } }, revisions: { select: { number: true, capturedAt: true }, orderBy: { number: "asc" } } },
  });
  const referenceId = current.columns.find((column) => column.isReference)?.articleId ?? null;
  const result: StoryMatrixAsOf = { asOf, matrix: { ...current, asOf }, earlier: [], notYetCaptured: [], overCap: [], referenceRevisedAfter: null, pastOnlyDetails: [] };

  for (const article of articles) {
    const latest = article.revisions.at(-1);
    if (!latest) continue; // every way in records a revision; an article without one is shown as it is
    const shown = pickRevision(article.revisions, asOf);
    const base = { articleId: article.id, outletName: article.outlet.name };
    if (article.id === referenceId) {
      if (shown?.number !== latest.number) result.referenceRevisedAfter = { revision: shown?.number ?? 0, latestRevision: latest.number };
    } else if (!shown) result.notYetCaptured.push({ ...base, firstCapturedAt: article.revisions.reduce((first, revision) => (revision.capturedAt < first ? revision.capturedAt : first), latest.capturedAt) });
    else if (shown.number !== latest.number) result.earlier.push({ ...base, revision: shown.number, latestRevision: latest.number, capturedAt: shown.capturedAt });
  }
  if (result.earlier.length > MAX_EARLIER_ARTICLES) result.overCap = result.earlier.splice(MAX_EARLIER_ARTICLES).map(({ articleId, outletName }) => ({ articleId, outletName }));

  const earlierCells = referenceId && result.earlier.length > 0 ? await analyzeEarlierRevisions(db, storyId, referenceId, articles, result) : new Map<string, Map<string, MatrixCell>>();
  const left = new Set(result.notYetCaptured.map((article) => article.articleId));
  result.matrix = { ...rebuildMatrix(current, earlierCells, left, options.sort), asOf };
  return result;
}

/** The cells (claim row id → cell) of each article shown at an earlier revision; fills `pastOnlyDetails`. */
async function analyzeEarlierRevisions(
  db: Db,
  storyId: string,
  referenceId: string,
  articles: { id: string; newDetailSightings: unknown; outlet: { name: string } }[],
  result: StoryMatrixAsOf,
): Promise<Map<string, Map<string, MatrixCell>>> {
  const [reference, texts, claims] = await Promise.all([
    db.article.findUniqueOrThrow({ where: { id: referenceId }, select: { rawText: true, outlet: { select: { name: true } } } }),
    db.articleRevision.findMany({ where: { OR: result.earlier.map((article) => ({ articleId: article.articleId, number: article.revision })) }, select: { articleId: true, rawText: true } }),
    db.claim.findMany({ where: { storyId, isStale: false }, select: { id: true, key: true } }),
  ]);
  const textOf = new Map(texts.map((row) => [row.articleId, row.rawText]));
  // Every stored article's sightings replayed first, in story order: the clusters (ids, wording,
  // hence stored keys) are exactly the stored ones, and an earlier revision's details join them.
  const engine = runStoryEngine({
    reference: { id: referenceId, text: reference.rawText, outletName: reference.outlet.name },
    previous: articles.flatMap((article) => (article.id !== referenceId && Array.isArray(article.newDetailSightings) ? [{ id: article.id, sightings: article.newDetailSightings as NewDetailSighting[] }] : [])),
    derivatives: result.earlier.map((article) => ({ id: article.articleId, text: textOf.get(article.articleId) ?? "" })),
  });

  const rowIdByKey = new Map(claims.map((claim) => [claim.key, claim.id]));
  const rowIdOf = new Map<string, string>();
  for (const claim of engine.reference.claims) {
    const id = rowIdByKey.get(claimKey(claim.id, claim.text));
    if (id) rowIdOf.set(claim.id, id);
  }
  for (const claim of engine.newClaims) {
    const id = rowIdByKey.get(claimKey("new", `${claim.detailType}:${claim.text}`));
    if (id) rowIdOf.set(claim.id, id);
  }
  const newClaimById = new Map(engine.newClaims.map((claim) => [claim.id, claim]));

  const cells = new Map<string, Map<string, MatrixCell>>();
  for (const [index, { article }] of engine.articles.entries()) {
    const shown = result.earlier[index]!;
    const listed = new Set<string>();
    const onUnknown = (claimId: string, label: SentenceLabel) => {
      const claim = newClaimById.get(claimId);
      if (!claim || listed.has(claimId)) return; // a reference claim without a row: only a stale stored analysis has those
      listed.add(claimId);
      result.pastOnlyDetails.push({ articleId: shown.articleId, outletName: shown.outletName, detailType: claim.detailType, text: claim.text, label });
    };
    cells.set(shown.articleId, readCells(article, rowIdOf, onUnknown));
  }
  return cells;
}

/**
 * One engine article as matrix cells, the way the stored matrix aggregates appearances: per claim
 * the most severe label of the sentences (statements) and details carrying it, else "omitted" for
 * the reference claims it omits. Claims with no stored row go to `onUnknown`.
 */
function readCells(article: ReportArticle, rowIdOf: ReadonlyMap<string, string>, onUnknown: (claimId: string, label: SentenceLabel) => void): Map<string, MatrixCell> {
  // Carried claims first, then omissions: a carried claim is never shown as omitted (as in SQL).
  const carried = new Map<string, SentenceLabel>();
  const carry = (claimId: string, label: SentenceLabel) => {
    const rowId = rowIdOf.get(claimId);
    if (rowId === undefined) return onUnknown(claimId, label);
    const held = carried.get(rowId);
    carried.set(rowId, held ? worseLabel(held, label) : label);
  };
  for (const sentence of article.sentences) {
    for (const match of sentence.matches) carry(match.claimId, sentence.label);
    for (const detail of sentence.details) carry(detail.claimId, detail.label);
  }
  const cells = new Map<string, MatrixCell>(carried);
  for (const claimId of article.omitted) {
    const rowId = rowIdOf.get(claimId);
    if (rowId !== undefined && !cells.has(rowId)) cells.set(rowId, "omitted");
  }
  return cells;
}

/** The stored matrix with the earlier columns' cells swapped in, the not-yet-captured columns left out, and shares and order recomputed. */
function rebuildMatrix(current: StoryMatrix, earlierCells: ReadonlyMap<string, ReadonlyMap<string, MatrixCell>>, left: ReadonlySet<string>, sort: MatrixSort): StoryMatrix {
  const kept = current.columns.flatMap((column, index) => (left.has(column.articleId) ? [] : [{ column, index }]));
  const cellsOf = (row: MatrixRow): MatrixCell[] =>
    kept.map(({ column, index }) => {
      const replaced = earlierCells.get(column.articleId);
      return replaced ? (replaced.get(row.claimId) ?? null) : (row.cells[index] ?? null);
    });
  const remap = (row: MatrixRow): MatrixRow => {
    const cells = cellsOf(row);
    return { ...row, cells, outletCount: countCarriers(cells) };
  };
  const statements = current.statements.map((row) => ({ ...remap(row), details: row.details?.map(remap) ?? null }));
  const newClaims = current.newClaims.map(remap).filter((row) => row.cells.some((cell) => cell !== null));

  const columns: (MatrixColumn & { at: number })[] = kept.map(({ column }, at) => {
    if (column.isReference) return { ...column, at };
    const counted = [...statements.map((row) => ({ cell: row.cells[at] ?? null, isNew: false })), ...newClaims.map((row) => ({ cell: row.cells[at] ?? null, isNew: true }))];
    return { ...column, at, ...tallyColumn(counted, statements.length) };
  });
  columns.sort(compareMatrixColumns(sort));
  const order = columns.map((column) => column.at);
  const reorder = (row: MatrixRow): MatrixRow => ({ ...row, cells: order.map((at) => row.cells[at] ?? null) });
  // Stable sort, as the stored matrix: equally shared, equally severe details keep their order.
  const sortedNew = newClaims.map(reorder).sort(compareNewClaimRows);
  return {
    ...current,
    columns: columns.map(({ at: _at, ...column }) => column),
    statements: statements.map((row) => ({ ...reorder(row), details: row.details?.map(reorder) ?? null })),
    newClaims: sortedNew,
  };
}
