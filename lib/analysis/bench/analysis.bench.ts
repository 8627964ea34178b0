import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { cleanArticle, createStoryAnalysis } from "..";
import { generateCorpus } from "./generate-corpus";

// `npm run bench [-- --articles 1000 --workers 2]`: the engine over a generated story.
// Targets (issue #3): 1,000 articles of ~40 sentences in ≤ 2 s of analysis, peak RSS < 500 MB,
// a typical article < 20 ms.

interface Job {
  reference: string;
  derivatives: string[];
}

function analyzeAll({ reference, derivatives }: Job): { times: number[]; sentences: number } {
  const analysis = createStoryAnalysis({ file: "reference", text: reference });
  const times: number[] = [];
  let sentences = 0;
  derivatives.forEach((text, index) => {
    const started = performance.now();
    sentences += analysis.analyze({ file: `d${index}`, text }).sentences.length;
    times.push(performance.now() - started);
  });
  return { times, sentences };
}

/** Derivatives analysed before timing starts, so the JIT has compiled the hot paths. */
const WARM_UP_ARTICLES = 50;

if (!isMainThread) {
  // Worker: load and warm up, report ready, analyse its share when told to go.
  const job = workerData as Job;
  analyzeAll({ reference: job.reference, derivatives: job.derivatives.slice(0, WARM_UP_ARTICLES) });
  parentPort?.once("message", () => parentPort?.postMessage(analyzeAll(job)));
  parentPort?.postMessage("ready");
} else {
  const flag = (name: string, fallback: number) => {
    const at = process.argv.indexOf(`--${name}`);
    const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
    return value;
  };
  const count = flag("articles", 1000);
  const workers = flag("workers", Math.min(2, availableParallelism()));
  const seedDir = path.resolve(import.meta.dirname, "../../../seeds/abraham-accords-expansion");
  const read = (file: string) => readFileSync(path.join(seedDir, file), "utf8");
  const reference = read("001_4d75c897f5d879f7.txt");
  const body = cleanArticle(reference).body.map((span) => span.text).join("\n");
  const others = ["000_6fbb3d5136221882.txt", "002_383cd2eb02f0c364.txt", "003_08e63f9825b4c2c5.txt", "004_cd2b3fb8890cfec0.txt"].map(read);
  const corpus = generateCorpus(body, others, count);
  const chars = corpus.derivatives.reduce((sum, text) => sum + text.length, 0);
  console.log(`corpus: 1 reference + ${count} derivatives, ${(chars / count / 1000).toFixed(1)} kB each on average`);

  analyzeAll({ reference, derivatives: corpus.derivatives.slice(0, WARM_UP_ARTICLES) });

  const single = performance.now();
  const { times, sentences } = analyzeAll({ reference, derivatives: corpus.derivatives });
  const singleMs = performance.now() - single;
  const singleRssMb = process.resourceUsage().maxRSS / 1024;
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

  // Workers start, load the engine and warm up untimed; the clock covers analysis only.
  const share = Math.ceil(count / workers);
  const workerPool = await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      // Workers do not inherit tsx's loader: a small eval'd entry registers it, then loads this file.
      const entry = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
      const worker = new Worker(entry, {
        eval: true,
        workerData: { reference, derivatives: corpus.derivatives.slice(w * share, (w + 1) * share) } satisfies Job,
      });
      return new Promise<Worker>((resolve, reject) => worker.once("message", () => resolve(worker)).once("error", reject));
    }),
  );
  const parallel = performance.now();
  await Promise.all(
    workerPool.map((worker) => {
      const done = new Promise((resolve, reject) => worker.once("message", resolve).once("error", reject));
      worker.postMessage("go");
      return done.finally(() => worker.terminate());
    }),
  );
  const parallelMs = performance.now() - parallel;
  const rssMb = process.resourceUsage().maxRSS / 1024;

  const rows: [string, string, string][] = [
    ["articles analysed", `${count} (${(sentences / count).toFixed(1)} sentences each)`, ""],
    ["1 thread: total", `${(singleMs / 1000).toFixed(2)} s`, `${Math.round((count / singleMs) * 1000)} articles/s`],
    [`${workers} workers: total`, `${(parallelMs / 1000).toFixed(2)} s`, `${Math.round((count / parallelMs) * 1000)} articles/s (analysis only; start-up and warm-up untimed)`],
    ["per article (1 thread)", `median ${at(0.5).toFixed(2)} ms`, `p95 ${at(0.95).toFixed(2)} ms, max ${at(1).toFixed(2)} ms`],
    ["peak RSS", `${singleRssMb.toFixed(0)} MB`, "1 thread: corpus, engine and results in one heap"],
    ["peak RSS, with workers", `${rssMb.toFixed(0)} MB`, "whole process: main thread plus each worker's heap"],
  ];
  for (const [what, value, note] of rows) console.log(`${what.padEnd(24)} ${value.padEnd(22)} ${note}`);
  const isMet = Math.min(singleMs, parallelMs) <= 2000 && Math.max(singleRssMb, rssMb) < 500 && at(0.5) < 20;
  console.log(isMet ? "targets met" : "targets NOT met (≤ 2 s, < 500 MB, typical article < 20 ms)");
}
