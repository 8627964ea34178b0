import { createStoryAnalysis, type ArticleInput } from "@/lib/analysis";
import { analyzeArticleDeferred, type NewDetailSighting } from "@/lib/analysis/analyze-incremental";
import { extractArticleText, type InputFormat } from "@/lib/pipeline/extract-article-text";
import { collectGarbageIfGrown } from "@/lib/pipeline/collect-garbage";
import { InputError } from "@/lib/pipeline/input-error";
import { analysisReportSchema } from "@/lib/validation/analysis-report";

// A worker thread of `npm run analyze` (loaded by piscina; tsx's loader comes with the inherited
// execArgv). Also called inline by the CLI for small stories, so both paths run the same code.

const articleSchema = analysisReportSchema.shape.articles.element;

export interface AnalyzeTask {
  reference: ArticleInput;
  referenceOutletNames: string[];
  /** Prefix of the placeholder ids for new-detail claims; unique per run, so no text can hold it. */
  placeholderPrefix: string;
  /** Indent every article as `JSON.stringify(report, null, 2)` would at its depth. */
  isPretty: boolean;
  articles: ArticleInput[];
}

export interface AnalyzedArticle {
  /** The article validated against the report schema and serialised, placeholders unresolved. */
  json: string;
  sightings: NewDetailSighting[];
}

let cached: { key: string; analysis: ReturnType<typeof createStoryAnalysis> } | null = null;

/** The reference model is built once per worker and reused for every task of the run. */
function getAnalysis(task: AnalyzeTask) {
  const key = `${task.reference.file}\u0000${task.referenceOutletNames.join("\u0000")}\u0000${task.reference.text}`;
  if (cached?.key !== key) cached = { key, analysis: createStoryAnalysis(task.reference, { referenceOutletNames: task.referenceOutletNames }) };
  return cached.analysis;
}

/** Analyses, validates and serialises a chunk of articles. */
export function analyzeChunk(task: AnalyzeTask): AnalyzedArticle[] {
  const { model } = getAnalysis(task);
  const placeholder = (index: number) => `${task.placeholderPrefix}${index}`;
  // Between chunks: the thread's garbage is collected before its heap grows far (--expose-gc).
  collectGarbageIfGrown("analysis");
  return task.articles.map((input) => {
    const { article, sightings } = analyzeArticleDeferred(model, input, placeholder);
    // Each article is validated against the exported schema before it leaves the worker.
    const checked = articleSchema.parse(article);
    const json = task.isPretty ? `    ${JSON.stringify(checked, null, 2).replace(/\n/g, "\n    ")}` : JSON.stringify(checked);
    return { json, sightings };
  });
}

export interface ExtractTask {
  files: { where: string; input: string; format: InputFormat }[];
}

/** Web pages and Markdown reduced to text; an unreadable one is returned as a problem, not thrown (errors lose their class between threads). */
export function extractChunk(task: ExtractTask): Promise<({ text: string } | { problem: string })[]> {
  return Promise.all(
    task.files.map(async ({ where, input, format }) => {
      try {
        return { text: (await extractArticleText(input, format, where)).text };
      } catch (error) {
        // The message already names the file and field; the CLI re-throws it as it is.
        if (error instanceof InputError) return { problem: error.message };
        throw error;
      }
    }),
  );
}
