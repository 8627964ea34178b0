import type { Db } from "@/lib/db";
import type { StoryEngineResult } from "./run-story-engine";

/**
 * Articles per staged chunk. One chunk is one row and one transaction: 50 generated articles are
 * ~1.5 MB of JSON, written in a few milliseconds, so no staging transaction comes near the 200 ms
 * lock budget (issue 13) even on a loaded machine, and there are only 20 of them at 1,000 articles.
 */
export const STAGE_ARTICLES_PER_CHUNK = 50;

interface StageHeader {
  fingerprint: string;
  articleCount: number;
  reference: StoryEngineResult["reference"];
  newClaims: StoryEngineResult["newClaims"];
  firstNewClaim: number;
}

/** Durations of the transactions a step held, in ms. */
export type TransactionTimes = number[];

/** Runs one write transaction and adds how long it took to `times`. */
export async function timed<T>(times: TransactionTimes, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await run();
  } finally {
    times.push(performance.now() - started);
  }
}

/**
 * Saves a job's computed analysis aside, in chunks of STAGE_ARTICLES_PER_CHUNK articles, each its
 * own short transaction; readers never see these rows. The header (seq 0) goes last: a stage
 * without it is incomplete (the process died while staging) and is redone. Any earlier stage of
 * the job is dropped first.
 */
export async function stageAnalysis(
  db: Db,
  jobId: string,
  fingerprint: string,
  result: StoryEngineResult,
  options: { times: TransactionTimes; articlesPerChunk?: number; onChunk?: (done: number, total: number) => void | Promise<void> },
): Promise<void> {
  const { times, onChunk } = options;
  const perChunk = options.articlesPerChunk ?? STAGE_ARTICLES_PER_CHUNK;
  await timed(times, () => db.analysisStage.deleteMany({ where: { jobId } }));
  const total = result.articles.length;
  for (let at = 0, seq = 1; at < total; at += perChunk, seq += 1) {
    const data = JSON.stringify(result.articles.slice(at, at + perChunk));
    await timed(times, () => db.analysisStage.create({ data: { jobId, seq, data } }));
    await onChunk?.(Math.min(total, at + perChunk), total);
  }
  const header: StageHeader = { fingerprint, articleCount: total, reference: result.reference, newClaims: result.newClaims, firstNewClaim: result.firstNewClaim };
  await timed(times, () => db.analysisStage.create({ data: { jobId, seq: 0, data: JSON.stringify(header) } }));
}

/** The job's staged analysis when it is complete and was computed from `fingerprint`; else null. */
export async function readStagedAnalysis(db: Db, jobId: string, fingerprint: string): Promise<StoryEngineResult | null> {
  const header = await db.analysisStage.findUnique({ where: { jobId_seq: { jobId, seq: 0 } }, select: { data: true } });
  if (!header) return null;
  const parsed = JSON.parse(header.data) as StageHeader;
  if (parsed.fingerprint !== fingerprint) return null;
  const chunks = await db.analysisStage.findMany({ where: { jobId, seq: { gt: 0 } }, orderBy: { seq: "asc" }, select: { data: true } });
  const articles = chunks.flatMap((chunk) => JSON.parse(chunk.data) as StoryEngineResult["articles"]);
  if (articles.length !== parsed.articleCount) return null;
  return { reference: parsed.reference, articles, newClaims: parsed.newClaims, firstNewClaim: parsed.firstNewClaim };
}
