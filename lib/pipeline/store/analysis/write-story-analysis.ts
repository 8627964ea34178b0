import { describeQuote } from "@/lib/annotation/anchor-quote";
import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { collectGarbageIfGrown } from "../../collect-garbage";
import { yieldToEventLoop } from "../../yield-to-event-loop";
import { createRowId, deleteRowsIn, insertRows, updateRows, updateRowsIn, type OnChunk, type SqlValue } from "../bulk-sql";
import type { StoryEngineResult } from "./run-story-engine";
import { readEditorTouched, readStoredAnalysis, type EditorTouchedAppearance, type StoredAppearance } from "./read-stored-analysis";
import { applyClaimsPlan, findRetiredClaims, isClaimsPlanCurrent, planClaims, type ClaimsPlan } from "./write-claims";
import { isAheadIntact, type RowsAhead } from "./write-claims-ahead";

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
 * An engine result turned into the writes that store it: a diff against the story's stored rows,
 * so what a run reproduces unchanged is not written again. Computed by prepareStoryAnalysis with
 * reads only, which can run before the write transaction opens (a full re-analysis holds the lock
 * only for the diff, not for reading and comparing 100k+ rows).
 */
export interface PreparedStoryAnalysis {
  /**
   * The input without the engine result, which is not kept: at 500 articles it is ~100 MB of the
   * import's live heap, and everything the write needs was taken from it.
   */
  input: Omit<WriteStoryAnalysisInput, "result" | "texts">;
  /** Prepares again under the lock (the input, result included, is held for it); absent when prepared in the write transaction. */
  prepareAgain?: (tx: Tx) => Promise<PreparedStoryAnalysis>;
  /** story.analyzedAt when the stored rows were read; if it moved, another analysis committed since. */
  seenAnalyzedAt: number | null;
  claims: ClaimsPlan;
  articleIds: string[];
  /** `rebuiltArticleIds`: the articles that lose or gain a sentence row (their editor spans point at sentences again). */
  sentences: { deletes: string[]; inserts: SqlValue[][]; updates: SqlValue[][]; rebuiltArticleIds: string[] };
  spans: { deletes: string[]; inserts: SqlValue[][] };
  /** `deleteClaimIds[i]`: the claim of `deletes[i]`. */
  omissions: { deletes: string[]; deleteClaimIds: string[]; inserts: SqlValue[][]; total: number };
  /** The run's appearances by key, and the stored ones they are diffed against in the transaction. */
  appearances: { fresh: Map<string, AppearanceRow>; stored: StoredAppearance[]; plan: AppearancePlan };
  /** Articles whose analysis columns change, as update rows, and the others (only analyzedAt moves). */
  articles: { changed: SqlValue[][]; unchangedIds: string[] };
  now: Date;
}

/**
 * Writes an engine result: claims by stable key, then — for the articles analysed (all of them on
 * a full run, the added ones otherwise) — sentences, excluded spans, appearances and omissions,
 * as a diff against the stored rows: unchanged rows are kept as they are (ids included), changed
 * ones updated, gone ones deleted by set, new ones inserted in multi-row chunks; never a query per
 * row. Machine columns only: editor verdicts, notes and hand-linked spans are kept (re-found ones
 * get fresh machine columns, the others are marked stale). Runs inside the caller's transaction.
 */
export async function writeStoryAnalysis(tx: Tx, input: WriteStoryAnalysisInput): Promise<WriteStoryAnalysisCounts> {
  return applyStoryAnalysis(tx, await prepareStoryAnalysisInTransaction(tx, input));
}

/** The diff read inside the write transaction (an import's): applied as it is, nothing to check. */
export function prepareStoryAnalysisInTransaction(tx: Tx, input: WriteStoryAnalysisInput): Promise<PreparedStoryAnalysis> {
  return diffStoryAnalysis(tx, input);
}

/** Reads the stored rows of the articles written and computes the diff, before the write transaction (reads only). */
export async function prepareStoryAnalysis(db: Db, input: WriteStoryAnalysisInput): Promise<PreparedStoryAnalysis> {
  const prepared = await diffStoryAnalysis(db, input);
  // The read and the diff leave their garbage now, before the lock: otherwise the first turn of
  // the event loop inside the switch collected it (a 1,000-article re-analysis held the lock
  // 228 ms longer for a full collection of its 974 MB heap, 496 ms in all).
  collectGarbageIfGrown("store");
  return { ...prepared, prepareAgain: (tx) => diffStoryAnalysis(tx, input) };
}

async function diffStoryAnalysis(client: Db | Tx, input: WriteStoryAnalysisInput): Promise<PreparedStoryAnalysis> {
  const { storyId, referenceId, result, isFull } = input;
  const now = new Date();
  // Read first: anything an analysis commits after this moves it (checked in the transaction).
  const story = await client.story.findUniqueOrThrow({ where: { id: storyId }, select: { analyzedAt: true } });
  const claims = await planClaims(client, storyId, { reference: result.reference.claims, newClaims: result.newClaims, firstNewClaim: result.firstNewClaim }, isFull);
  const claimIds = claims.ids;
  const articleIds = [...(isFull ? [referenceId] : []), ...result.articles.map(({ article }) => article.file)];
  const stored = await readStoredAnalysis(client, articleIds);

  // Sentences: one kept (id and all) when its article, index, offsets, text and kind are unchanged.
  const storedSentences = new Map(stored.sentences.map((row) => [`${row.articleId}:${row.index}`, row]));
  const sentences: PreparedStoryAnalysis["sentences"] = { deletes: [], inserts: [], updates: [], rebuiltArticleIds: [] };
  const keptSentences = new Set<string>();
  const sentenceIdAt = new Map<string, string>();
  const addSentence = (articleId: string, index: number, sentence: { start: number; end: number; text: string }, kind: string, label: string | null, confidence: number | null, reasons: unknown) => {
    const reasonsJson = JSON.stringify(reasons);
    const old = storedSentences.get(`${articleId}:${index}`);
    if (old && old.start === sentence.start && old.end === sentence.end && old.text === sentence.text && old.kind === kind) {
      keptSentences.add(old.id);
      sentenceIdAt.set(`${articleId}:${sentence.start}`, old.id);
      if (old.label !== label || old.confidence !== confidence || old.reasons !== reasonsJson) sentences.updates.push([old.id, label, confidence, reasonsJson]);
      return;
    }
    const id = createRowId();
    sentenceIdAt.set(`${articleId}:${sentence.start}`, id);
    sentences.inserts.push([id, articleId, index, sentence.start, sentence.end, sentence.text, kind, label, confidence, reasonsJson]);
  };
  const freshSpans: [string, number, number, string][] = [];
  if (isFull) {
    for (const sentence of result.reference.sentences) addSentence(referenceId, sentence.index, sentence, sentence.kind, null, null, []);
    for (const span of result.reference.excluded) freshSpans.push([referenceId, span.start, span.end, span.reason]);
  }
  for (const { article } of result.articles) {
    article.sentences.forEach((sentence, index) => addSentence(article.file, index, sentence, "body", sentence.label, sentence.confidence, sentence.reasons));
    for (const span of article.excluded) freshSpans.push([article.file, span.start, span.end, span.reason]);
  }
  const gone = stored.sentences.filter((row) => !keptSentences.has(row.id));
  sentences.deletes = gone.map((row) => row.id);
  sentences.rebuiltArticleIds = [...new Set([...gone.map((row) => row.articleId), ...sentences.inserts.map((row) => row[1] as string)])];

  // Excluded spans and omissions carry no data past their key: kept, deleted or inserted.
  const spans = diffByKey(
    stored.spans,
    (row) => `${row.articleId}:${row.start}:${row.end}:${row.reason}`,
    freshSpans,
    ([articleId, start, end, reason]) => `${articleId}:${start}:${end}:${reason}`,
  );
  const freshOmissions: [string, string][] = [];
  for (const { article } of result.articles) {
    for (const id of article.omitted) {
      const claimId = claimIds.get(id);
      if (claimId) freshOmissions.push([claimId, article.file]);
    }
  }
  const omissions = diffByKey(stored.omissions, (row) => `${row.claimId}:${row.articleId}`, freshOmissions, ([claimId, articleId]) => `${claimId}:${articleId}`);

  const fresh = collectAppearances(input, claimIds, sentenceIdAt);
  // Articles whose analysis columns are unchanged only get the new analysedAt: one set update.
  const storedArticles = new Map(stored.articles.map((row) => [row.id, row]));
  const articles: PreparedStoryAnalysis["articles"] = { changed: [], unchangedIds: [] };
  const addArticle = (id: string, language: string, warnings: string, sightings: string | null) => {
    const old = storedArticles.get(id);
    if (old && old.language === language && old.warnings === warnings && old.newDetailSightings === sightings) articles.unchangedIds.push(id);
    else articles.changed.push([id, language, warnings, now, sightings, now]);
  };
  if (isFull) addArticle(referenceId, result.reference.language, "[]", null);
  for (const { article, sightings } of result.articles) addArticle(article.file, article.language, JSON.stringify(article.warnings), JSON.stringify(sightings));

  const { result: _result, texts: _texts, ...kept } = input;
  return {
    input: kept,
    seenAnalyzedAt: story.analyzedAt?.getTime() ?? null,
    claims,
    articleIds,
    sentences,
    spans: { deletes: spans.deletes.map((row) => row.id), inserts: spans.inserts.map(([articleId, start, end, reason]) => [createRowId(), articleId, start, end, reason]) },
    omissions: {
      deletes: omissions.deletes.map((row) => row.id),
      deleteClaimIds: omissions.deletes.map((row) => row.claimId),
      inserts: omissions.inserts.map(([claimId, articleId]) => [createRowId(), claimId, articleId, now]),
      total: freshOmissions.length,
    },
    appearances: { fresh, stored: stored.appearances, plan: planAppearances(fresh, stored.appearances, await readEditorTouched(client, articleIds)) },
    articles,
    now,
  };
}

/** Stored rows matched to fresh ones by key (as multisets): the stored rows left over, and the fresh rows nothing stored matched. */
function diffByKey<S extends { id: string }, F>(stored: S[], storedKey: (row: S) => string, fresh: F[], freshKey: (row: F) => string): { deletes: S[]; inserts: F[] } {
  const byKey = new Map<string, S[]>();
  for (const row of stored) {
    const key = storedKey(row);
    const rows = byKey.get(key);
    if (rows) rows.push(row);
    else byKey.set(key, [row]);
  }
  const inserts = fresh.filter((row) => {
    const rows = byKey.get(freshKey(row));
    return !(rows && rows.pop() !== undefined);
  });
  return { deletes: [...byKey.values()].flat(), inserts };
}

/**
 * Writes a prepared analysis in the caller's transaction. Prepared before the transaction, it is
 * checked first: if another analysis committed since (story.analyzedAt moved) or the story's
 * claims changed, it is prepared again here, inside the lock. Editor-touched appearances are
 * always read here, so a verdict given meanwhile is kept exactly as a fresh preparation would.
 *
 * With `ahead` (a re-analysis job wrote the plan's new claims and their rows ahead, under a stage
 * story: write-claims-ahead.ts), those rows are moved in with their claims instead of inserted,
 * and retired claims are moved out with theirs instead of deleted. When the plan was prepared
 * again, or editors' work since changed what the rows ahead would be, or they are no longer all
 * there, everything is written here as without it (the stage story is dropped after, unread).
 */
export async function applyStoryAnalysis(tx: Tx, prepared: PreparedStoryAnalysis, rowsAhead?: RowsAhead | null): Promise<WriteStoryAnalysisCounts> {
  let ahead = rowsAhead ?? null;
  if (prepared.prepareAgain && !(await isPreparedCurrent(tx, prepared))) {
    prepared = await prepared.prepareAgain(tx);
    ahead = null;
  }
  // Editor-touched rows are read again under the lock: a verdict given since the plan counts.
  let plan = prepared.prepareAgain
    ? patchAppearancePlan(prepared.appearances.plan, prepared.appearances.fresh, prepared.appearances.stored, await readEditorTouched(tx, prepared.articleIds))
    : prepared.appearances.plan;
  if (ahead && !(isEveryKeyPlanned(ahead.appearanceKeys, plan) && (await isAheadIntact(tx, ahead)))) {
    // The rows ahead hold the plan's ids: the plan is made again here, with ids of its own.
    prepared = await prepared.prepareAgain!(tx);
    plan = prepared.appearances.plan;
    ahead = null;
  }
  const { input, articleIds, sentences, spans, now } = prepared;
  // Retired claims leave with their rows: none of those is deleted here.
  const retiredIds = ahead ? await findRetiredClaims(tx, input.storyId, prepared.claims) : [];
  const retired = new Set(retiredIds);
  const appearances = appearanceWrites(plan, now, ahead ? { keys: ahead.appearanceKeys, retired } : undefined);
  const omissions = { ...prepared.omissions };
  if (ahead) {
    const { deleteClaimIds } = omissions;
    if (retired.size > 0) omissions.deletes = omissions.deletes.filter((_, index) => !retired.has(deleteClaimIds[index]!));
    const { omissionIds } = ahead;
    omissions.inserts = omissions.inserts.filter((row) => !omissionIds.has(row[0] as string));
  }
  // Progress after each chunk, and a turn of the event loop so it reaches the client as it happens.
  const total =
    sentences.deletes.length + sentences.inserts.length + sentences.updates.length + spans.deletes.length + spans.inserts.length +
    appearances.deletes.length + appearances.inserts.length + appearances.updates.length + omissions.deletes.length + omissions.inserts.length + prepared.articles.changed.length + prepared.articles.unchangedIds.length;
  let done = 0;
  const wrote: OnChunk = async (rows) => {
    const isFirstStep = done === 0;
    done += rows;
    input.onProgress?.(done, total);
    await yieldToEventLoop(isFirstStep);
  };
  // Appearances first: deleting sentences under them would null each one's sentenceId (an update
  // per row, each re-indexed for search) just before the row is deleted anyway.
  await deleteRowsIn(tx, "ClaimAppearance", "id", appearances.deletes, wrote);
  await deleteRowsIn(tx, "Sentence", "id", sentences.deletes, wrote);
  await deleteRowsIn(tx, "ExcludedSpan", "id", spans.deletes, wrote);
  await deleteRowsIn(tx, "Omission", "id", omissions.deletes, wrote);
  // Claims after the deletes: a claim the run no longer produces is deleted, and deleting it with
  // its appearances still there cascades to them one row at a time (4.5 s of a 15 s switch when a
  // new reference retired 151 claims over 137k appearances, against 0.5 s by set above).
  await applyClaimsPlan(tx, input.storyId, prepared.claims, ahead ? { stageStoryId: ahead.stageStoryId, retiredIds } : undefined);
  await insertRows(tx, "Sentence", ["id", "articleId", "index", "start", "end", "text", "kind", "label", "confidence", "reasons"], sentences.inserts, wrote);
  await updateRows(tx, "Sentence", "id", ["label", "confidence", "reasons"], sentences.updates, wrote);
  await insertRows(tx, "ExcludedSpan", ["id", "articleId", "start", "end", "reason"], spans.inserts, wrote);
  await updateRows(tx, "ClaimAppearance", "id", ["machineLabel", "machineConfidence", "machineReasons", "score", "sentenceId", "isStale", "updatedAt"], appearances.updates, wrote);
  await updateRows(tx, "ClaimAppearance", "id", ["isStale", "updatedAt"], appearances.stale, wrote);
  await insertRows(tx, "ClaimAppearance", APPEARANCE_COLUMNS, appearances.inserts, wrote);
  if (sentences.rebuiltArticleIds.length > 0) {
    // Sentences were rebuilt: hand-linked spans point again at the sentence holding their start.
    // Only where a sentence row went or came: elsewhere every sentence keeps its id, and each
    // span's sentenceId is still right (113 ms of an unchanged 1,000-article re-analysis's switch).
    await tx.$executeRaw`
      UPDATE "ClaimAppearance" SET "sentenceId" = (
        SELECT s."id" FROM "Sentence" s
        WHERE s."articleId" = "ClaimAppearance"."articleId" AND s."start" <= "ClaimAppearance"."start" AND "ClaimAppearance"."start" < s."end" LIMIT 1)
      WHERE "foundBy" = 'editor' AND "anchor" <> 'orphaned' AND "articleId" IN (${Prisma.join(sentences.rebuiltArticleIds)})`;
  }
  await insertRows(tx, "Omission", OMISSION_COLUMNS, omissions.inserts, wrote);
  await updateRows(tx, "Article", "id", ["language", "warnings", "analyzedAt", "newDetailSightings", "updatedAt"], prepared.articles.changed, wrote);
  await updateRowsIn(tx, "Article", { analyzedAt: now, updatedAt: now }, "id", prepared.articles.unchangedIds, wrote);
  await tx.story.update({ where: { id: input.storyId }, data: { analyzedAt: now, engineVersion: input.engineVersion, analyzedReferenceId: input.referenceId } });
  return { claims: prepared.claims.ids.size, appearances: prepared.appearances.fresh.size, omissions: omissions.total, staleAppearances: appearances.stale.length };
}

/** Whether the plan still inserts every appearance written ahead (editors' work since can take a key). */
function isEveryKeyPlanned(keys: ReadonlySet<string>, plan: AppearancePlan): boolean {
  for (const key of keys) if (!plan.inserts.has(key)) return false;
  return true;
}

async function isPreparedCurrent(tx: Tx, prepared: PreparedStoryAnalysis): Promise<boolean> {
  const story = await tx.story.findUniqueOrThrow({ where: { id: prepared.input.storyId }, select: { analyzedAt: true } });
  if ((story.analyzedAt?.getTime() ?? null) !== prepared.seenAnalyzedAt) return false;
  return isClaimsPlanCurrent(tx, prepared.input.storyId, prepared.claims);
}

/** The columns of an omission insert row (PreparedStoryAnalysis.omissions.inserts). */
export const OMISSION_COLUMNS = ["id", "claimId", "articleId", "createdAt"] as const;

/** The columns of appearanceInsertRows' rows. */
export const APPEARANCE_COLUMNS = ["id", "claimId", "articleId", "sentenceId", "start", "end", "text", "prefix", "suffix", "machineLabel", "machineConfidence", "machineReasons", "score", "createdAt", "updatedAt"] as const;

export interface AppearanceRow {
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

function collectAppearances(input: WriteStoryAnalysisInput, claimIds: Map<string, string>, sentenceIdAt: Map<string, string>): Map<string, AppearanceRow> {
  const rows = new Map<string, AppearanceRow>();
  const add = (row: Omit<AppearanceRow, "prefix" | "suffix" | "sentenceId">, sentenceStart: number) => {
    const { prefix, suffix } = describeQuote(input.texts.get(row.articleId) ?? "", row.start, row.end);
    rows.set(appearanceKey(row), { ...row, sentenceId: sentenceIdAt.get(`${row.articleId}:${sentenceStart}`) ?? null, prefix, suffix });
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
  return rows;
}

/** What happens to one stored appearance; `update` carries the fresh machine row it takes. */
type AppearanceDecision = { kind: "keep" } | { kind: "update"; row: AppearanceRow } | { kind: "stale" } | { kind: "delete"; claimId: string };

/** The appearance writes, decided per stored row; `owner` says which stored row took each re-found key. */
interface AppearancePlan {
  decisions: Map<string, AppearanceDecision>;
  inserts: Map<string, AppearanceRow>;
  owner: Map<string, string>;
  /** The editor-touched rows the plan was decided with. */
  touched: Map<string, EditorTouchedAppearance>;
}

/** Past this many rows touched or untouched by editors since the plan was made, it is made again instead of patched. */
const MAX_PATCHED_ROWS = 1_000;

/**
 * Decides the appearance writes: editor-touched rows first (re-found ones get fresh machine
 * columns, the others are marked stale), then the stored machine rows, kept when re-found with the
 * same machine columns, updated when re-found with others, deleted when gone; what is left of the
 * run's rows is inserted. Pure: made before the write transaction, patched in it.
 */
function planAppearances(fresh: ReadonlyMap<string, AppearanceRow>, stored: StoredAppearance[], touchedRows: EditorTouchedAppearance[]): AppearancePlan {
  const inserts = new Map(fresh);
  const decisions = new Map<string, AppearanceDecision>();
  const owner = new Map<string, string>();
  const touched = new Map(touchedRows.map((row) => [row.id, row]));
  for (const existing of touchedRows) decideTouched(existing, inserts, decisions, owner);
  for (const existing of stored) {
    // An editor's own span is always among the touched rows; never deleted, whatever happens.
    if (touched.has(existing.id) || existing.foundBy !== "machine") continue;
    const key = appearanceKey(existing);
    const row = existing.anchor === "orphaned" ? undefined : inserts.get(key);
    if (!row) {
      decisions.set(existing.id, { kind: "delete", claimId: existing.claimId });
      continue;
    }
    inserts.delete(key);
    owner.set(key, existing.id);
    const isSame =
      existing.machineLabel === row.machineLabel &&
      existing.machineConfidence === row.machineConfidence &&
      existing.machineReasons === row.machineReasons &&
      existing.score === row.score &&
      existing.sentenceId === row.sentenceId &&
      !existing.isStale;
    if (existing.text !== row.text || existing.prefix !== row.prefix || existing.suffix !== row.suffix) {
      // Never expected (same offsets in the same text), but a row is never left half-current.
      decisions.set(existing.id, { kind: "delete", claimId: existing.claimId });
      inserts.set(key, row);
      owner.delete(key);
    } else {
      decisions.set(existing.id, isSame ? { kind: "keep" } : { kind: "update", row });
    }
  }
  return { decisions, inserts, owner, touched };
}

function decideTouched(existing: EditorTouchedAppearance, inserts: Map<string, AppearanceRow>, decisions: Map<string, AppearanceDecision>, owner: Map<string, string>): void {
  const key = appearanceKey(existing);
  // An orphaned annotation's offsets point into text that no longer exists: never re-found.
  const row = existing.anchor === "orphaned" ? undefined : inserts.get(key);
  if (row) {
    inserts.delete(key);
    owner.set(key, existing.id);
    decisions.set(existing.id, { kind: "update", row });
  } else if (existing.foundBy === "machine") {
    decisions.set(existing.id, { kind: "stale" });
  } else {
    decisions.delete(existing.id);
  }
}

/**
 * The plan brought up to the editor-touched rows read in the write transaction: a row an editor
 * touched since is decided as a touched one (taking its re-found key from whichever row had it),
 * a row no longer touched as a machine row. The outcome is the plan planAppearances would make
 * now; when many rows changed it is simply made again.
 */
function patchAppearancePlan(plan: AppearancePlan, fresh: ReadonlyMap<string, AppearanceRow>, stored: StoredAppearance[], nowTouched: EditorTouchedAppearance[]): AppearancePlan {
  const now = new Map(nowTouched.map((row) => [row.id, row]));
  const added = nowTouched.filter((row) => !plan.touched.has(row.id));
  const removed = [...plan.touched.values()].filter((row) => !now.has(row.id));
  if (added.length + removed.length === 0) return plan;
  if (added.length + removed.length > MAX_PATCHED_ROWS) return planAppearances(fresh, stored, nowTouched);
  const { decisions, inserts, owner } = plan;
  for (const row of removed) {
    if (row.foundBy !== "machine") {
      // An editor's span is touched as long as it exists: this one was deleted. Its key is free.
      decisions.delete(row.id);
      const key = appearanceKey(row);
      if (owner.get(key) === row.id) {
        owner.delete(key);
        inserts.set(key, fresh.get(key)!);
      }
      continue;
    }
    // No longer touched: a machine row now. Re-found, its update stands; otherwise it goes.
    if (decisions.get(row.id)?.kind === "stale") decisions.set(row.id, { kind: "delete", claimId: row.claimId });
  }
  for (const row of added) {
    const key = appearanceKey(row);
    const holder = owner.get(key);
    if (holder !== undefined && holder !== row.id && !now.has(holder)) {
      // A machine row had the key the touched row takes first: that machine row goes.
      decisions.set(holder, { kind: "delete", claimId: row.claimId });
      owner.delete(key);
      inserts.set(key, fresh.get(key)!);
    } else if (holder === row.id) {
      owner.delete(key);
      inserts.set(key, fresh.get(key)!);
    }
    decideTouched(row, inserts, decisions, owner);
  }
  return { decisions, inserts, owner, touched: now };
}

const byClaim = (a: { claimId: string }, b: { claimId: string }) => (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0);

/**
 * The plan as rows for the bulk statements. With rows written ahead, their keys are left out of
 * the inserts (already stored), and the rows of `retired` claims out of the deletes (they leave
 * with their claim, and are deleted behind the switch).
 */
function appearanceWrites(plan: AppearancePlan, now: Date, ahead?: { keys: ReadonlySet<string>; retired: ReadonlySet<string> }) {
  const updates: SqlValue[][] = [];
  const stale: SqlValue[][] = [];
  const deletes: string[] = [];
  for (const [id, decision] of plan.decisions) {
    if (decision.kind === "update") {
      const { row } = decision;
      updates.push([id, row.machineLabel, row.machineConfidence, row.machineReasons, row.score, row.sentenceId, false, now]);
    } else if (decision.kind === "stale") stale.push([id, true, now]);
    else if (decision.kind === "delete" && !ahead?.retired.has(decision.claimId)) deletes.push(id);
  }
  const rows = ahead ? [...plan.inserts].filter(([key]) => !ahead.keys.has(key)).map(([, row]) => row) : [...plan.inserts.values()];
  return { updates, stale, deletes, inserts: appearanceInsertRows(rows, now) };
}

/**
 * Appearance rows as insert rows (APPEARANCE_COLUMNS), each with a new id, in claim order (row ids
 * sort by creation, as the search index's per-claim blocks do): on SQLite each appearance inserted
 * adds its text to the FTS5 index under a rowid in its claim's block, and FTS5 flushes its pending
 * terms whenever a rowid is not above the last one. A new reference's 106,714 appearances (1,000
 * articles): 7.0 → 5.3 s in the switch, 2.2 → 1.5 s as one INSERT … SELECT (random order: 4.0 s).
 */
export function appearanceInsertRows(rows: readonly AppearanceRow[], now: Date): SqlValue[][] {
  return [...rows].sort(byClaim).map((row) => [createRowId(), row.claimId, row.articleId, row.sentenceId, row.start, row.end, row.text, row.prefix, row.suffix, row.machineLabel, row.machineConfidence, row.machineReasons, row.score, now, now]);
}
