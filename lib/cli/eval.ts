import { parseArgs } from "node:util";
import { runEvalStory, type EvalStoryResult } from "@/lib/eval/run-eval-story";
import { CONFIDENT, extraFiguresOf, figuresOf, sumCounts, type ExtraFigures, type StoryFigures } from "@/lib/eval/score-story";

const USAGE = `usage: npm run --silent eval -- [--quiet] [--json] STORY_DIR...
  STORY_DIR: a folder with gold.json and the article files (the shared/eval/stories format),
             e.g. seeds/eval/*
  prints per story the misses, a confusion table (gold × got) and the figures of score.py,
  then the figures over all stories
  --quiet  figures only      --json  one JSON document on stdout`;

function formatFigures(f: StoryFigures, extra: ExtraFigures): string {
  const precision = extra.confident_precision === null ? "n/a" : extra.confident_precision.toFixed(3);
  return `${JSON.stringify(f)}\nconfidence ≥ ${CONFIDENT}: ${extra.confident_spans} spans, ${precision} right`;
}

function formatConfusion(confusion: Record<string, Record<string, number>>): string {
  const golds = Object.keys(confusion).sort();
  const gots = [...new Set(golds.flatMap((g) => Object.keys(confusion[g] ?? {})))].sort();
  const width = Math.max(9, ...gots.map((g) => g.length + 1));
  const pad = (s: string) => s.padStart(width);
  const lines = [`${"gold \\ got".padEnd(10)}${gots.map(pad).join("")}`];
  for (const g of golds) lines.push(`${g.padEnd(10)}${gots.map((got) => pad(String(confusion[g]?.[got] ?? "·"))).join("")}`);
  return lines.join("\n");
}

function printStory(result: EvalStoryResult, quiet: boolean): void {
  console.log(`== ${result.story}`);
  if (!quiet) {
    for (const miss of result.misses) console.log(`miss: ${miss}`);
    console.log(formatConfusion(result.confusion));
  }
  console.log(formatFigures(result.figures, result.extra));
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { quiet: { type: "boolean" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    if (!values.help) process.exitCode = 2;
    return;
  }
  const results: EvalStoryResult[] = [];
  for (const dir of positionals) results.push(await runEvalStory(dir));
  const totals = sumCounts(results.map((r) => r.counts));
  const overall = figuresOf(totals);
  const overallExtra = extraFiguresOf(totals);
  if (values.json) {
    const stories = results.map(({ story, figures, extra, counts, misses, confusion }) => ({ story, figures, extra, counts, misses, confusion }));
    process.stdout.write(`${JSON.stringify({ stories, overall, overallExtra }, null, 2)}\n`);
    return;
  }
  for (const result of results) printStory(result, values.quiet ?? false);
  if (results.length > 1) {
    console.log("== overall");
    if (!values.quiet) {
      const confusion: Record<string, Record<string, number>> = {};
      for (const r of results) for (const [g, row] of Object.entries(r.confusion)) for (const [got, n] of Object.entries(row)) ((confusion[g] ??= {})[got] = (confusion[g]?.[got] ?? 0) + n);
      console.log(formatConfusion(confusion));
    }
    console.log(formatFigures(overall, overallExtra));
  }
}

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(0);
});

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? `eval: ${error.message}` : error);
  process.exit(1);
});
