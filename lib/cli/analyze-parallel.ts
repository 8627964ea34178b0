import { randomBytes } from "node:crypto";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Piscina } from "piscina";
import { createStoryAnalysis, type ArticleInput } from "@/lib/analysis";
import { joinNewClaims, NewClaimRegistry } from "@/lib/analysis/analyze-incremental";
import { formatOfFileName } from "@/lib/pipeline/extract-article-text";
import { InputError } from "@/lib/pipeline/input-error";
import { readArticleFile } from "@/lib/pipeline/read-text-file";
import { analysisReportSchema } from "@/lib/validation/analysis-report";
import { analyzeChunk, extractChunk, type AnalyzedArticle, type AnalyzeTask, type ExtractTask } from "./analyze-worker";

/** Below this many articles one thread is faster: a worker needs ~0.3 s to load the engine under tsx. */
const PARALLEL_FROM_ARTICLES = 40;
/** Articles per worker task: amortises messaging, small enough that every thread stays busy to the end. */
const CHUNK_ARTICLES = 16;
/** Files read at once: enough to keep the disk busy, far below the open-file limit. */
const READ_CONCURRENCY = 32;

export interface JsonReportOptions {
  reference: string;
  files: string[];
  referenceOutletNames: string[];
  /** Indented like `JSON.stringify(report, null, 2)`; compact otherwise. */
  isPretty: boolean;
  /** Resolves once the chunk may be followed by the next (a slow reader holds the run, not its memory). */
  write: (chunk: string) => void | Promise<void>;
}

/**
 * Writes the JSON report of `npm run analyze` as it is produced, article by article, instead of
 * building it in memory: articles are analysed, validated and serialised in worker threads (one
 * per core), then joined to the story's new-detail clusters here in file order, which gives the
 * same report as a sequential `analyzeStory`. Keys come in the order schemaVersion, reference,
 * articles, newClaims (the clusters are complete only after the last article). Every input
 * problem is found before the first byte is written.
 */
export async function writeJsonReport(options: JsonReportOptions): Promise<void> {
  const threads = options.files.length >= PARALLEL_FROM_ARTICLES ? Math.max(1, availableParallelism()) : 0;
  // Started first, so the threads load the engine while the files are read. execArgv is empty:
  // the entry registers tsx itself (an inherited --import of its loader was not reliably applied).
  const pool =
    threads > 0
      ? new Piscina({ filename: new URL("./analyze-worker-entry.mjs", import.meta.url).href, minThreads: threads, maxThreads: threads, execArgv: [] })
      : null;
  try {
    const [reference, ...derivatives] = await readArticles(pool, [options.reference, ...options.files]);
    await writeReport(pool, reference!, derivatives, options);
  } finally {
    await pool?.destroy();
  }
}

async function writeReport(pool: Piscina | null, reference: ArticleInput, derivatives: ArticleInput[], options: JsonReportOptions): Promise<void> {
  const { isPretty, write, referenceOutletNames } = options;
  const placeholderPrefix = `~claimtrail-new-claim:${randomBytes(12).toString("hex")}:`;
  const placeholders = new RegExp(`"${placeholderPrefix}(\\d+)"`, "g");
  const chunks: AnalyzeTask[] = [];
  for (let at = 0; at < derivatives.length; at += CHUNK_ARTICLES) {
    chunks.push({ reference, referenceOutletNames, placeholderPrefix, isPretty, articles: derivatives.slice(at, at + CHUNK_ARTICLES) });
  }
  // All chunks are queued at once; results are written in file order as they arrive.
  const pending = pool ? chunks.map((task) => pool.run(task, { name: "analyzeChunk" }) as Promise<AnalyzedArticle[]>) : [];
  for (const promise of pending) promise.catch(() => undefined); // awaited below, in order

  const referencePart = analysisReportSchema.shape.reference.parse(createStoryAnalysis(reference, { referenceOutletNames }).report([]).reference);
  const registry = new NewClaimRegistry();
  const nested = (json: string) => json.replace(/\n/g, "\n  ");
  await write(isPretty ? `{\n  "schemaVersion": 1,\n  "reference": ${nested(JSON.stringify(referencePart, null, 2))},\n  "articles": [` : `{"schemaVersion":1,"reference":${JSON.stringify(referencePart)},"articles":[`);
  let written = 0;
  for (const [index, task] of chunks.entries()) {
    const results = pool ? await pending[index]! : analyzeChunk(task);
    const parts = results.map(({ json, sightings }, offset) => {
      const ids = joinNewClaims(registry, task.articles[offset]!.file, sightings);
      const resolved = json.replace(placeholders, (_match, at: string) => JSON.stringify(ids[Number(at)]));
      return `${written++ === 0 ? "" : ","}${isPretty ? "\n" : ""}${resolved}`;
    });
    await write(parts.join(""));
  }
  const newClaims = analysisReportSchema.shape.newClaims.parse(registry.list());
  const close = written > 0 && isPretty ? "\n  ]" : "]";
  await write(isPretty ? `${close},\n  "newClaims": ${nested(JSON.stringify(newClaims, null, 2))}\n}\n` : `${close},"newClaims":${JSON.stringify(newClaims)}}\n`);
}

/**
 * Reads every file with the CLI's checks (missing, empty, binary, over 5 MB), then reduces web
 * pages and Markdown to text (in the pool when there is one). Reports the first problem in
 * argument order, as reading them one by one would.
 */
async function readArticles(pool: Piscina | null, files: string[]): Promise<ArticleInput[]> {
  const read: ({ text: string } | { problem: string })[] = new Array(files.length);
  let next = 0;
  const readNext = async (): Promise<void> => {
    while (next < files.length) {
      const at = next++;
      try {
        read[at] = { text: await readArticleFile(files[at]!) };
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        read[at] = { problem: error.message };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, readNext));

  const toExtract: { at: number; file: ExtractTask["files"][number] }[] = [];
  read.forEach((entry, at) => {
    const format = formatOfFileName(path.basename(files[at]!));
    if ("text" in entry && format !== "text") toExtract.push({ at, file: { where: files[at]!, input: entry.text, format } });
  });
  const extractions = [];
  for (let at = 0; at < toExtract.length; at += CHUNK_ARTICLES) {
    const part = toExtract.slice(at, at + CHUNK_ARTICLES);
    const task: ExtractTask = { files: part.map(({ file }) => file) };
    const extracted = pool ? (pool.run(task, { name: "extractChunk" }) as ReturnType<typeof extractChunk>) : extractChunk(task);
    extractions.push(extracted.then((entries) => entries.forEach((entry, index) => (read[part[index]!.at] = entry))));
  }
  await Promise.all(extractions);
  return read.map((entry, at) => {
    if ("problem" in entry) throw new InputError(entry.problem);
    return { file: path.basename(files[at]!), text: entry.text };
  });
}
