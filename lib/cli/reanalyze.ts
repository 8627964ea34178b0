import { parseArgs } from "node:util";
import { LIVE_STORY } from "@/lib/counts/stage-story";
import { createDb } from "@/lib/db";
import { stopBoss } from "@/lib/pipeline/jobs/boss-job-queue";
import { createJobQueue } from "@/lib/pipeline/jobs/create-job-queue";
import { getDatabaseUrl } from "@/lib/db-url";
import { runJobToEnd } from "@/lib/pipeline/jobs/run-jobs";
import type { StoryAnalysisJobResult } from "@/lib/pipeline/jobs/run-story-analysis-job";
import { InputError } from "@/lib/pipeline/input-error";
import { applyMigrations, bootstrapDatabase } from "@/lib/pipeline/prepare-database";
import { getEngineVersion } from "@/lib/pipeline/store/analysis/engine-version";
import { reanalyzeArgsSchema } from "@/lib/validation/reanalyze-args";
import { createProgressBar } from "./progress-bar";
import { closeThreadsAfterUse } from "@/lib/pipeline/worker-pool";
import { parseCliArgs, runCli } from "./run-cli";

const USAGE = `usage:
  npm run reanalyze                  re-analyse every story whose stored analysis is out of date
                                     (another engine version or reference, or never analysed)
  npm run reanalyze -- --story SLUG  re-analyse that story in full, whatever its state
  npm run reanalyze -- --story SLUG --reference ARTICLE_ID
                                     make that article the story's reference (Make reference on
                                     the story page) and re-analyse the story against it
Each story's re-analysis is a job (state and progress in the Job table, shown on the story page):
the new analysis is staged aside and switched in at once, so readers keep the previous one until
then; an interrupted run is resumed by the next one, or by the server. Editor verdicts, notes and
hand-linked spans are kept, as on every analysis.`;

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { story: { type: "string" }, reference: { type: "string" }, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length > 0) throw new InputError(`unexpected argument "${positionals[0]}"\n${USAGE}`, "arguments");
  const { story: slug, reference } = parseCliArgs(reanalyzeArgsSchema, { story: values.story, reference: values.reference }, USAGE);
  const db = createDb();
  try {
    applyMigrations(); // a database from before engine versions were stored gains the columns
    await bootstrapDatabase(db, (line) => process.stderr.write(`${line}\n`));
    const engineVersion = getEngineVersion();
    const stories = await db.story.findMany({
      where: { ...LIVE_STORY, ...(slug ? { slug } : { referenceArticleId: { not: null } }) },
      select: { id: true, slug: true, referenceArticleId: true, analyzedAt: true, engineVersion: true, analyzedReferenceId: true },
      orderBy: { slug: "asc" },
    });
    if (slug && stories.length === 0) throw new InputError(`there is no story "${slug}"`, "--story");
    const due = slug
      ? stories
      : stories.filter((story) => !story.analyzedAt || engineVersion === null || story.engineVersion !== engineVersion || story.analyzedReferenceId !== story.referenceArticleId);
    // On PostgreSQL the job also goes to pg-boss: a worker may take it first (then this waits for
    // it), or this process runs it and the worker's delivery finds it done.
    const queue = await createJobQueue(db);
    for (const story of due) {
      if (!story.referenceArticleId) throw new InputError(`story "${story.slug}" has no reference article to analyse against`, "--story");
      if (reference && !(await db.article.findFirst({ where: { id: reference, storyId: story.id }, select: { id: true } }))) {
        throw new InputError(`story "${story.slug}" has no article ${reference}`, "--reference");
      }
      const job = await queue.enqueue(
        reference ? { kind: "story.set-reference", storyId: story.id, payload: { articleId: reference, actorId: null } } : { kind: "story.reanalyze", storyId: story.id },
      );
      const bar = createProgressBar(process.stderr, story.slug);
      const outcome = await runJobToEnd(db, job.id, { queue, observe: (_job, phase, done, total) => bar.update({ phase: phase === "analyse" ? "analyze" : "save", done, total }) }).finally(bar.end);
      if (outcome.state !== "succeeded") throw new Error(`reanalyze: ${story.slug}: job ${job.id} failed: ${outcome.error ?? outcome.state}`);
      const result = outcome.result as unknown as StoryAnalysisJobResult;
      const { transactions } = result;
      console.log(
        `reanalyze: ${story.slug}: ${result.articles} articles, ${result.claims} claims, ${result.appearances} appearances, ${result.omissions} omissions${result.staleAppearances ? `, ${result.staleAppearances} stale editor appearances kept` : ""}; ` +
          `${transactions.count} write transactions, longest ${transactions.maxMs.toFixed(0)} ms (switch ${transactions.switchMs.toFixed(0)} ms, ${transactions.switchHeldMs.toFixed(0)} ms of it holding the lock)`,
      );
    }
    if (due.length === 0) console.log(`reanalyze: every story is up to date (engine ${engineVersion ?? "unversioned"})`);
  } finally {
    await stopBoss(getDatabaseUrl());
    await db.$disconnect();
  }
}

// One run, then exit: the analysis thread is closed before its result is stored.
closeThreadsAfterUse();
runCli("reanalyze", main);
