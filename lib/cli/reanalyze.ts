import { parseArgs } from "node:util";
import { createDb } from "@/lib/db";
import { analyzeStoredStory } from "@/lib/pipeline/analyze-stored-story";
import { formatIssuePath, InputError } from "@/lib/pipeline/input-error";
import { applyMigrations, bootstrapDatabase } from "@/lib/pipeline/prepare-database";
import { getEngineVersion } from "@/lib/pipeline/store/analysis/engine-version";
import { reanalyzeArgsSchema } from "@/lib/validation/reanalyze-args";
import { createProgressBar } from "./progress-bar";

const USAGE = `usage:
  npm run reanalyze                  re-analyse every story whose stored analysis is out of date
                                     (another engine version or reference, or never analysed)
  npm run reanalyze -- --story SLUG  re-analyse that story in full, whatever its state
Editor verdicts, notes and hand-linked spans are kept, as on every analysis.`;

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { story: { type: "string" }, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length > 0) throw new InputError(`unexpected argument "${positionals[0]}"\n${USAGE}`, "arguments");
  const parsed = reanalyzeArgsSchema.safeParse({ story: values.story });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`${issue?.message ?? "invalid"}\n${USAGE}`, "arguments", issue ? `--${formatIssuePath(issue.path)}` : undefined);
  }
  const db = createDb();
  try {
    applyMigrations(); // a database from before engine versions were stored gains the columns
    await bootstrapDatabase(db, (line) => process.stderr.write(`${line}\n`));
    const engineVersion = getEngineVersion();
    const stories = await db.story.findMany({
      where: parsed.data.story ? { slug: parsed.data.story } : { referenceArticleId: { not: null } },
      select: { id: true, slug: true, referenceArticleId: true, analyzedAt: true, engineVersion: true, analyzedReferenceId: true },
      orderBy: { slug: "asc" },
    });
    if (parsed.data.story && stories.length === 0) throw new InputError(`there is no story "${parsed.data.story}"`, "--story");
    const due = parsed.data.story
      ? stories
      : stories.filter((story) => !story.analyzedAt || engineVersion === null || story.engineVersion !== engineVersion || story.analyzedReferenceId !== story.referenceArticleId);
    for (const story of due) {
      if (!story.referenceArticleId) throw new InputError(`story "${story.slug}" has no reference article to analyse against`, "--story");
      const bar = createProgressBar(process.stderr, story.slug);
      const result = await analyzeStoredStory(db, story.id, (done, total, phase = "analyze") => bar.update({ phase, done, total })).finally(bar.end);
      console.log(`reanalyze: ${story.slug}: ${result.articles} articles, ${result.claims} claims, ${result.appearances} appearances, ${result.omissions} omissions${result.staleAppearances ? `, ${result.staleAppearances} stale editor appearances kept` : ""}`);
    }
    if (due.length === 0) console.log(`reanalyze: every story is up to date (engine ${engineVersion ?? "unversioned"})`);
  } finally {
    await db.$disconnect();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof InputError || (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))) {
    console.error(`reanalyze: ${error.message}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
