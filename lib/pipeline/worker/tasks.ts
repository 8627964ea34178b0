import type { MessagePort } from "node:worker_threads";
import type { HtmlArticle } from "../extract-html-article";
import { HtmlLimitError } from "../html-limits";
import { loadHtmlExtractor } from "../load-html-extractor";
import { runStoryEngine, type StoryEngineInput, type StoryEngineResult } from "../store/analysis/run-story-engine";

/**
 * The CPU-heavy steps, run on worker threads by lib/pipeline/worker-pool.ts so the request thread
 * only validates, writes and answers. Inputs and results are plain data (structured clone).
 */

export type ExtractResult = { ok: true; article: HtmlArticle | null } | { ok: false; limit: { name: HtmlLimitError["limit"]; value: number; max: number } };

/** extractHtmlArticle, with an HtmlLimitError returned as data (errors lose their class across threads). */
export async function extract({ html }: { html: string }): Promise<ExtractResult> {
  const { extractHtmlArticle } = await loadHtmlExtractor();
  try {
    return { ok: true, article: extractHtmlArticle(html) };
  } catch (error) {
    if (error instanceof HtmlLimitError) return { ok: false, limit: { name: error.limit, value: error.value, max: error.max } };
    throw error;
  }
}

export interface StoryAnalysisTask extends StoryEngineInput {
  /** Told `{ done, total }` after each derivative (the import's progress stream). */
  progress?: MessagePort;
}

/** The store's engine step (runStoryEngine) on a worker: plain data in, plain data out. */
export function analyze({ progress, ...input }: StoryAnalysisTask): StoryEngineResult {
  try {
    return runStoryEngine(input, (done, total) => progress?.postMessage({ done, total }));
  } finally {
    progress?.close();
  }
}
