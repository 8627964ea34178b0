import { readFile } from "node:fs/promises";
import path from "node:path";
import { analyzeStory, type AnalysisReport } from "@/lib/analysis";
import { extractArticleText, formatOfFileName } from "@/lib/pipeline/extract-article-text";
import { readArticleFile } from "@/lib/pipeline/read-text-file";
import { scoreStory, type GoldStory, type StoryScore } from "./score-story";

/** Name of the gold file in a story folder of the shared/eval format. */
export const GOLD_FILE = "gold.json";

export interface EvalStoryResult extends StoryScore {
  /** Folder name of the story. */
  story: string;
  report: AnalysisReport;
}

/** Reads `gold.json` of a story folder (reference file, per-article gold spans). */
export async function loadGoldStory(dir: string): Promise<GoldStory> {
  return JSON.parse(await readFile(path.join(dir, GOLD_FILE), "utf8")) as GoldStory;
}

async function readArticle(dir: string, file: string): Promise<{ file: string; text: string }> {
  const raw = await readArticleFile(path.join(dir, file));
  return { file, text: (await extractArticleText(raw, formatOfFileName(file), file)).text };
}

/**
 * Runs the engine on one story folder (reference + the derivatives gold.json lists, read as
 * `npm run analyze` reads them) and scores the report against the gold labels.
 */
export async function runEvalStory(dir: string): Promise<EvalStoryResult> {
  const gold = await loadGoldStory(dir);
  const reference = await readArticle(dir, gold.reference);
  const derivatives = [];
  for (const file of Object.keys(gold.articles)) derivatives.push(await readArticle(dir, file));
  const report = analyzeStory(reference, derivatives);
  return { story: path.basename(path.resolve(dir)), report, ...scoreStory(gold, report) };
}
