import { QUOTE_CONTEXT_CHARS } from "@/lib/annotation/anchor-quote";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { yieldToEventLoop } from "../../yield-to-event-loop";
import { createRowId, deleteRowsIn, insertRows, updateRows, type OnChunk, type SqlValue } from "../bulk-sql";
import { EDITOR_TOUCHED } from "./editor-touched";
import type { StoryEngineResult } from "./run-story-engine";
import { writeClaims } from "./write-claims";

export interface WriteStoryAnalysisInput {
  storyId: string;
  referenceId: string;
  /** rawText of every article whose rows are written (the reference too on a full run). */
  texts: ReadonlyMap<string, string>;
  result: StoryEngineResult;
  /** A full run rewrites the reference's rows too and retires claims it no longer produces. */
  isFull: boolean;
  engineVersion: string | null;
  /** `done` of `total` rows stored (sentences, spans, appearances, omissions, articles), after each chunk. */
  onProgress?: (done: number, total: number) => void;
}

export interface WriteStoryAnalysisCounts {
  claims: number;
  appearances: number;
  omissions: number;
  staleAppearances: number;
}

/**
 * Writes an engine result: claims by stable key, then — for the articles analysed (all of them on
 * a full run, the added ones otherwise) — sentences, excluded spans, appearances and omissions,
 * each deleted by set and inserted in multi-row chunks, never a query per row. Machine columns
 * only: editor verdicts, notes and hand-linked spans are kept (re-found ones get fresh machine
 * columns, the others are marked stale). Runs inside the caller's transaction.
 */
export async function writeStoryAnalysis(tx: Tx, input: WriteStoryAnalysisInput): Promise<WriteStoryAnalysisCounts> {
  const { storyId, referenceId, texts, result, isFull } = input;
  const now = new Date();
  const claimIds = await writeClaims(tx, storyId, { reference: result.reference.claims, newClaims: result.newClaims, firstNewClaim: result.firstNewClaim }, isFull);
  const articleIds = [...(isFull ? [referenceId] : []), ...result.articles.map(({ article }) => article.file)];
  // Machine appearances go first: deleting sentences under them would null each one's sentenceId
  // (an update per row, each re-indexed for search) just before the row is deleted anyway.
  const protectedRows = await deleteMachineAppearances(tx, articleIds);
  for (const table of ["Sentence", "Omission", "ExcludedSpan"]) await deleteRowsIn(tx, table, "articleId", articleIds);

  const sentenceIdAt = new Map<string, string>();
  const sentences: SqlValue[][] = [];
  const addSentence = (articleId: string, index: number, sentence: { start: number; end: number; text: string }, kind: string, label: string | null, confidence: number | null, reasons: unknown) => {
    const id = createRowId();
    sentenceIdAt.set(`${articleId}:${sentence.start}`, id);
    sentences.push([id, articleId, index, sentence.start, sentence.end, sentence.text, kind, label, confidence, JSON.stringify(reasons)]);
  };
  const spans: SqlValue[][] = [];
  if (isFull) {
    for (const sentence of result.reference.sentences) addSentence(referenceId, sentence.index, sentence, sentence.kind, null, null, []);
    for (const span of result.reference.excluded) spans.push([createRowId(), referenceId, span.start, span.end, span.reason]);
  }
  for (const { article } of result.articles) {
    article.sentences.forEach((sentence, index) => addSentence(article.file, index, sentence, "body", sentence.label, sentence.confidence, sentence.reasons));
    for (const span of article.excluded) spans.push([createRowId(), article.file, span.start, span.end, span.reason]);
  }
  const appearances = collectAppearances(input, claimIds, sentenceIdAt);
  const omissions: SqlValue[][] = [];
  for (const { article } of result.articles) {
    for (const id of article.omitted) {
      const claimId = claimIds.get(id);
      if (claimId) omissions.push([createRowId(), claimId, article.file, now]);
    }
  }
  const articleRows: SqlValue[][] = result.articles.map(({ article, sightings }) => [article.file, article.language, JSON.stringify(article.warnings), now, JSON.stringify(sightings), now]);
  if (isFull) articleRows.unshift([referenceId, result.reference.language, "[]", now, null, now]);

  // Progress after each chunk, and a turn of the event loop so it reaches the client as it happens.
  const total = sentences.length + spans.length + appearances.length + omissions.length + articleRows.length;
  let done = 0;
  const wrote: OnChunk = async (rows) => {
    const isFirstStep = done === 0;
    done += rows;
    input.onProgress?.(done, total);
    await yieldToEventLoop(isFirstStep);
  };
  await insertRows(tx, "Sentence", ["id", "articleId", "index", "start", "end", "text", "kind", "label", "confidence", "reasons"], sentences, wrote);
  await insertRows(tx, "ExcludedSpan", ["id", "articleId", "start", "end", "reason"], spans, wrote);
  const staleAppearances = await writeAppearances(tx, articleIds, protectedRows, appearances, now, wrote);
  await insertRows(tx, "Omission", ["id", "claimId", "articleId", "createdAt"], omissions, wrote);
  await updateRows(tx, "Article", "id", ["language", "warnings", "analyzedAt", "newDetailSightings", "updatedAt"], articleRows, wrote);
  await tx.story.update({ where: { id: storyId }, data: { analyzedAt: now, engineVersion: input.engineVersion, analyzedReferenceId: referenceId } });
  return { claims: claimIds.size, appearances: appearances.length, omissions: omissions.length, staleAppearances };
}

const APPEARANCE_COLUMNS = ["id", "claimId", "articleId", "sentenceId", "start", "end", "text", "prefix", "suffix", "machineLabel", "machineConfidence", "machineReasons", "score", "createdAt", "updatedAt"] as const;

interface AppearanceRow {
  claimId: string;
  articleId: string;
  sentenceId: string | null;
  start: number;
  end: number;
  text: string;
  prefix: string;
  suffix: string;
  machineLabel: string;
  machineConfidence: number;
  /** JSON text */
  machineReasons: string;
  score: number | null;
}

const appearanceKey = (row: { claimId: string; articleId: string; start: number; end: number }) => `${row.claimId}:${row.articleId}:${row.start}:${row.end}`;

function collectAppearances(input: WriteStoryAnalysisInput, claimIds: Map<string, string>, sentenceIdAt: Map<string, string>): AppearanceRow[] {
  const rows = new Map<string, AppearanceRow>();
  const add = (row: Omit<AppearanceRow, "prefix" | "suffix" | "sentenceId">, sentenceStart: number) => {
    const text = input.texts.get(row.articleId) ?? "";
    rows.set(appearanceKey(row), {
      ...row,
      sentenceId: sentenceIdAt.get(`${row.articleId}:${sentenceStart}`) ?? null,
      prefix: text.slice(Math.max(0, row.start - QUOTE_CONTEXT_CHARS), row.start),
      suffix: text.slice(row.end, row.end + QUOTE_CONTEXT_CHARS),
    });
  };
  const { reference } = input.result;
  if (input.isFull) {
    const referenceReason = JSON.stringify([{ code: "reference", detail: "the reference's own wording" }]);
    const startOf = new Map(reference.claims.map((claim) => [claim.id, claim.start]));
    for (const claim of reference.claims) {
      const claimId = claimIds.get(claim.id);
      const sentenceStart = claim.kind === "statement" ? claim.start : ((claim.parentId ? startOf.get(claim.parentId) : undefined) ?? claim.start);
      if (claimId) add({ claimId, articleId: input.referenceId, start: claim.start, end: claim.end, text: claim.text, machineLabel: "faithful", machineConfidence: 1, machineReasons: referenceReason, score: 1 }, sentenceStart);
    }
  }
  for (const { article } of input.result.articles) {
    for (const sentence of article.sentences) {
      const reasons = JSON.stringify(sentence.reasons);
      for (const match of sentence.matches) {
        const claimId = claimIds.get(match.claimId);
        if (claimId) add({ claimId, articleId: article.file, start: sentence.start, end: sentence.end, text: sentence.text, machineLabel: sentence.label, machineConfidence: sentence.confidence, machineReasons: reasons, score: match.score }, sentence.start);
      }
      for (const detail of sentence.details) {
        const claimId = claimIds.get(detail.claimId);
        if (claimId) add({ claimId, articleId: article.file, start: detail.start, end: detail.end, text: detail.text, machineLabel: detail.label, machineConfidence: sentence.confidence, machineReasons: JSON.stringify(detail.reasons), score: null }, sentence.start);
      }
    }
  }
  return [...rows.values()];
}

/** Article ids per Prisma query with a compound filter: Prisma refuses queries past its own parameter limit (P2029) at 1,000 articles. */
const ARTICLES_PER_QUERY = 400;

type ProtectedAppearance = { id: string; claimId: string; articleId: string; start: number; end: number; foundBy: string; anchor: string };

/** Deletes the machine's appearances of the given articles; returns the editor-touched ones, which are never deleted. */
async function deleteMachineAppearances(tx: Tx, articleIds: string[]): Promise<ProtectedAppearance[]> {
  const protectedRows: ProtectedAppearance[] = [];
  for (let at = 0; at < articleIds.length; at += ARTICLES_PER_QUERY) {
    const ids = articleIds.slice(at, at + ARTICLES_PER_QUERY);
    const found = await tx.claimAppearance.findMany({
      where: { articleId: { in: ids }, ...EDITOR_TOUCHED },
      select: { id: true, claimId: true, articleId: true, start: true, end: true, foundBy: true, anchor: true },
    });
    if (found.length > 0) await tx.claimAppearance.deleteMany({ where: { articleId: { in: ids }, NOT: EDITOR_TOUCHED } });
    else await deleteRowsIn(tx, "ClaimAppearance", "articleId", ids);
    protectedRows.push(...found);
  }
  return protectedRows;
}

/**
 * Writes the run's appearances in bulk around the editor-touched ones: re-found ones get fresh
 * machine columns, the others are marked stale. Returns the stale count.
 */
async function writeAppearances(tx: Tx, articleIds: string[], protectedRows: ProtectedAppearance[], rows: AppearanceRow[], now: Date, wrote: OnChunk): Promise<number> {
  const fresh = new Map(rows.map((row) => [appearanceKey(row), row]));
  const refound: SqlValue[][] = [];
  const stale: SqlValue[][] = [];
  for (const existing of protectedRows) {
    const key = appearanceKey(existing);
    // An orphaned annotation's offsets point into text that no longer exists: never re-found.
    const row = existing.anchor === "orphaned" ? undefined : fresh.get(key);
    if (row) {
      fresh.delete(key);
      refound.push([existing.id, row.machineLabel, row.machineConfidence, row.machineReasons, row.score, row.sentenceId, false, now]);
    } else if (existing.foundBy === "machine") {
      stale.push([existing.id, true, now]);
    }
  }
  await updateRows(tx, "ClaimAppearance", "id", ["machineLabel", "machineConfidence", "machineReasons", "score", "sentenceId", "isStale", "updatedAt"], refound);
  await updateRows(tx, "ClaimAppearance", "id", ["isStale", "updatedAt"], stale);
  await insertRows(
    tx,
    "ClaimAppearance",
    APPEARANCE_COLUMNS,
    [...fresh.values()].map((row) => [createRowId(), row.claimId, row.articleId, row.sentenceId, row.start, row.end, row.text, row.prefix, row.suffix, row.machineLabel, row.machineConfidence, row.machineReasons, row.score, now, now]),
    wrote,
  );
  // Re-found rows were updated rather than inserted: they count as stored too.
  if (rows.length > fresh.size) await wrote(rows.length - fresh.size);
  if (articleIds.length > 0) {
    // Sentences were rebuilt: hand-linked spans point again at the sentence holding their start.
    await tx.$executeRaw`
      UPDATE "ClaimAppearance" SET "sentenceId" = (
        SELECT s."id" FROM "Sentence" s
        WHERE s."articleId" = "ClaimAppearance"."articleId" AND s."start" <= "ClaimAppearance"."start" AND "ClaimAppearance"."start" < s."end" LIMIT 1)
      WHERE "foundBy" = 'editor' AND "anchor" <> 'orphaned' AND "articleId" IN (${Prisma.join(articleIds)})`;
  }
  return stale.length;
}
