import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { MessageChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import type { HtmlArticle } from "./extract-html-article";
import { HtmlLimitError } from "./html-limits";
import { InputError } from "./input-error";
import { loadHtmlExtractor } from "./load-html-extractor";
import { runStoryEngine, type StoryEngineInput, type StoryEngineResult } from "./store/analysis/run-story-engine";
import type { ExtractResult } from "./worker/tasks";

/**
 * A pool of worker threads (piscina) for the CPU-heavy steps — reducing a web page to its article
 * and running the engine over a story — so a 200-article import no longer holds the one event
 * loop that answers every reader for 20 s. Used the same way by the server, the CLIs and tests.
 */

/** Threads: one per core but one (the request thread keeps a core), at least one, at most four. */
const THREADS = Math.max(1, Math.min(4, os.availableParallelism() - 1));
/**
 * An idle thread exits after 10 s (and never keeps a CLI alive: piscina unrefs idle threads). A
 * thread that analysed a 201-article import holds ~140 MB (its heap and the engine's lexicons:
 * RSS 453 → 316 MB when the pool was closed after such an import, measured with
 * process.memoryUsage); with a minute's wait the server stayed near 600 MB long after the import.
 * Ten seconds still serves an editor's next batch from a warm thread; a cold one costs 1–2 s.
 */
const IDLE_TIMEOUT_MS = 10_000;
/**
 * Time budget of one page's extraction. The HTML limits (html-limits.ts) keep a page under ~1 s;
 * 10 s means something pathological slipped through: the thread is stopped and the page refused.
 */
export const EXTRACT_BUDGET_MS = 10_000;
/**
 * Time budget of a story's analysis: 30 s, plus 2 s per article (the engine needs ~2–20 ms per
 * article, so this is only ever reached by input built to be slow). The thread is then stopped.
 */
export const ANALYSIS_BASE_BUDGET_MS = 30_000;
export const ANALYSIS_BUDGET_PER_ARTICLE_MS = 2_000;

/**
 * Jobs this small run on the calling thread: a worker's start (~1–2 s to load the engine) and the
 * copy of the input cost more than they save. 100,000 characters of articles is ~20 news stories,
 * which the engine analyses in ~40 ms; an HTML page of 20,000 characters extracts in ~20 ms
 * (at most ~0.2 s at the HTML limits' depth). Anything larger goes to the pool.
 */
export const INLINE_ANALYSIS_MAX_CHARS = 100_000;
export const INLINE_EXTRACT_MAX_CHARS = 20_000;

/**
 * The worker entry: beside a CLI's esbuild bundle (lib/cli/launch-cli.mjs) its bundled twin, which
 * loads without tsx; otherwise found from the project root (Next's server bundle has no useful
 * import.meta.url).
 */
function workerFile(): string {
  const bundled: string[] = [];
  try {
    bundled.push(fileURLToPath(new URL("./pipeline-worker-entry.mjs", import.meta.url)));
  } catch {
    // not a file: URL (a server bundle): no CLI bundle either
  }
  const candidates = [...bundled, path.join(process.cwd(), "lib/pipeline/worker/entry.mjs"), path.join(import.meta.dirname ?? "", "worker/entry.mjs")];
  return candidates.find((candidate) => existsSync(candidate)) ?? candidates[0]!;
}

const globalForPool = globalThis as unknown as { claimtrailWorkerPool?: Piscina };

let isShortLived = false;

/**
 * For one-shot CLIs (`npm run import`, `npm run reanalyze`): a story's analysis thread is closed as
 * soon as its result is back, before the result is stored, instead of idling 10 s. Its heap is
 * then free while the rows are written: importing 499 generated articles peaked at 901 MB RSS with
 * the thread kept, 771 MB with it closed at once (562 MB with collectGarbageIfGrown too).
 */
export function closeThreadsAfterUse(): void {
  isShortLived = true;
}

async function closePoolIfShortLived(): Promise<void> {
  const pool = globalForPool.claimtrailWorkerPool;
  if (!isShortLived || !pool) return;
  globalForPool.claimtrailWorkerPool = undefined;
  await pool.destroy();
}
function getPool(): Piscina {
  globalForPool.claimtrailWorkerPool ??= new Piscina({ filename: workerFile(), minThreads: 0, maxThreads: THREADS, idleTimeout: IDLE_TIMEOUT_MS });
  return globalForPool.claimtrailWorkerPool;
}

/** Whether an error is the pool stopping a task that ran past its budget. */
function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === "AbortError" || /aborted/i.test(error.message));
}

/**
 * extractHtmlArticle on a worker thread. Throws HtmlLimitError for a page past the HTML limits, an
 * InputError-ready HtmlLimitError-like message when it ran past EXTRACT_BUDGET_MS.
 */
export async function extractHtmlInWorker(html: string): Promise<HtmlArticle | null> {
  if (html.length <= INLINE_EXTRACT_MAX_CHARS) return (await loadHtmlExtractor()).extractHtmlArticle(html);
  let result: ExtractResult;
  try {
    result = (await getPool().run({ html }, { name: "extract", signal: AbortSignal.timeout(EXTRACT_BUDGET_MS) })) as ExtractResult;
  } catch (error) {
    if (isAbort(error)) throw new Error(`reading the page took longer than ${EXTRACT_BUDGET_MS / 1000} s and was stopped`, { cause: error });
    throw error;
  }
  if (!result.ok) throw new HtmlLimitError(result.limit.name, result.limit.value, result.limit.max);
  return result.article;
}

/**
 * The store's engine step (runStoryEngine: the reference model, then each derivative joined to the
 * story's clusters) on a worker thread, telling `onProgress(done, total)` as each derivative is
 * done. Past its time budget the thread is stopped and an InputError names the budget (the import
 * then writes nothing: 422).
 */
export async function runStoryAnalysis(input: StoryEngineInput, onProgress?: (done: number, total: number) => void): Promise<StoryEngineResult> {
  const chars = input.reference.text.length + input.derivatives.reduce((sum, derivative) => sum + derivative.text.length, 0);
  if (chars <= INLINE_ANALYSIS_MAX_CHARS) return runStoryEngine(input, onProgress);
  const budgetMs = ANALYSIS_BASE_BUDGET_MS + ANALYSIS_BUDGET_PER_ARTICLE_MS * input.derivatives.length;
  const channel = new MessageChannel();
  channel.port1.on("message", ({ done, total }: { done: number; total: number }) => onProgress?.(done, total));
  try {
    return (await getPool().run({ ...input, progress: channel.port2 }, { name: "analyze", transferList: [channel.port2], signal: AbortSignal.timeout(budgetMs) })) as StoryEngineResult;
  } catch (error) {
    if (isAbort(error)) throw new InputError(`took longer than ${budgetMs / 1000} s to analyse and was stopped; import fewer or shorter articles at once`, "analysis");
    throw error;
  } finally {
    channel.port1.close();
    await closePoolIfShortLived();
  }
}
