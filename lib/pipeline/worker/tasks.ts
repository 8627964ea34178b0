import type { MessagePort } from "node:worker_threads";
import { createStoryAnalysis, type ArticleInput, type ReportArticle, type Sentence } from "@/lib/analysis";
import { extractHtmlArticle, type HtmlArticle } from "../extract-html-article";
import { HtmlLimitError } from "../html-limits";

/**
 * The CPU-heavy steps, run on worker threads by lib/pipeline/worker-pool.ts so the request thread
 * only validates, writes and answers. Inputs and results are plain data (structured clone).
 */

export type ExtractResult = { ok: true; article: HtmlArticle | null } | { ok: false; limit: { name: HtmlLimitError["limit"]; value: number; max: number } };

/** extractHtmlArticle, with an HtmlLimitError returned as data (errors lose their class across threads). */
export function extract({ html }: { html: string }): ExtractResult {
  try {
    return { ok: true, article: extractHtmlArticle(html) };
  } catch (error) {
    if (error instanceof HtmlLimitError) return { ok: false, limit: { name: error.limit, value: error.value, max: error.max } };
    throw error;
  }
}

export interface StoryAnalysisInput {
  reference: ArticleInput;
  derivatives: ArticleInput[];
  referenceOutletNames: string[];
  /** Told `{ done, total }` after each derivative (the import's progress stream). */
  progress?: MessagePort;
}

export type ReferenceSentenceRow = Pick<Sentence, "index" | "start" | "end" | "text" | "kind">;

/** The engine over a whole story (on a worker, or inline for a small one with `onProgress`): the report and the reference's sentences, as analyze-stored-story stores them. */
export function analyze({ reference, derivatives, referenceOutletNames, progress }: StoryAnalysisInput, onProgress?: (done: number, total: number) => void) {
  const analysis = createStoryAnalysis(reference, { referenceOutletNames });
  const articles: ReportArticle[] = [];
  for (const [index, derivative] of derivatives.entries()) {
    articles.push(analysis.analyze(derivative));
    progress?.postMessage({ done: index + 1, total: derivatives.length });
    onProgress?.(index + 1, derivatives.length);
  }
  progress?.close();
  const report = analysis.report(articles);
  const referenceSentences: ReferenceSentenceRow[] = analysis.model.prepared.sentences.map(({ index, start, end, text, kind }) => ({ index, start, end, text, kind }));
  return { report, referenceSentences };
}
