import path from "node:path";
import { parseArgs } from "node:util";
import { IMPORT_OUTCOME_NAMES, summarizeImportOutcome } from "@/lib/pipeline/describe-import-outcome";
import { findImportProblems, importArticles, sortInputErrors, type ImportArticlesOptions } from "@/lib/pipeline/import-articles";
import { retryWhenBusy } from "@/lib/pipeline/retry-when-busy";
import { formatIssuePath, InputError, throwInputErrors } from "@/lib/pipeline/input-error";
import { readStoryFolder } from "@/lib/pipeline/load-story-folder";
import { describeImportArticle } from "@/lib/pipeline/prepare-import-article";
import { openMigratedDatabase } from "@/lib/pipeline/open-migrated-database";
import { importArgsSchema } from "@/lib/validation/import-args";
import { createProgressBar } from "./progress-bar";
import { closeThreadsAfterUse } from "@/lib/pipeline/worker-pool";
import { parseCliArgs, runCli } from "./run-cli";

const USAGE = `usage:
  npm run import -- DIR                 create the story described by DIR/manifest.json (same format as seeds/)
  npm run import -- DIR --story SLUG    add DIR's articles to the existing story SLUG
Article files may be .txt, .md or .html (HTML is reduced to the article with Readability).
Bad input exits with status 2 and writes nothing.`;

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { story: { type: "string" }, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  // A missing folder is `dirs`, not an option.
  const { dirs, story: storySlug } = parseCliArgs(importArgsSchema, { dirs: positionals, story: values.story }, USAGE, (path) => (path[0] === "story" ? "--story" : formatIssuePath(path)));
  const folder = await readStoryFolder(path.resolve(dirs[0]!));

  const db = await openMigratedDatabase();
  try {
    // Into an existing story the manifest's reference is only used when the story has none.
    const existing = storySlug ? await db.story.findUnique({ where: { slug: storySlug }, select: { referenceArticleId: true } }) : null;
    const keepsReference = existing?.referenceArticleId != null;
    const articles: ImportArticlesOptions["articles"] = folder.articles.map((article) => ({
      file: { name: article.file, content: article.rawText },
      outlet: article.outlet,
      title: article.title,
      url: article.url,
      publishedAt: article.publishedAt,
      capturedAt: article.capturedAt,
      byline: article.byline,
      ...(article.capturedFrom ? { capturedFrom: article.capturedFrom } : {}),
      ...(article.notes?.trim() ? { notes: article.notes } : {}),
      isReference: article.isReference && !keepsReference,
    }));
    const request: ImportArticlesOptions = {
      ...(storySlug ? { storySlug } : { newStory: { title: folder.manifest.title, slug: folder.manifest.slug } }),
      articles,
      // Problems name each article by its place in the manifest, as those of unreadable files do.
      positions: folder.positions,
    };
    if (folder.problems.length > 0) {
      // Files that cannot be read are reported with everything the import would refuse in the
      // readable ones (outlets, duplicates in the story, …), numbered as the API numbers them.
      const unreadable = folder.problems.map((problem) => new InputError(problem.reason, describeImportArticle({ file: { name: problem.file, content: "" } }, problem.index), "file"));
      throwInputErrors(sortInputErrors([...unreadable, ...(await findImportProblems(db, request))]));
    }
    const bar = createProgressBar(process.stderr, "import");
    const result = await retryWhenBusy(
      () => importArticles(db, { ...request, onProgress: bar.update }),
      { onWait: (_attempt, ms) => process.stderr.write(`import: database busy, waiting ${Math.round(ms / 1000)} s (another import or the server is writing)\n`) },
    ).finally(bar.end);

    const { counts, unchangedMessage } = summarizeImportOutcome(result.articles);
    const tally = [counts.added ? `+${counts.added} articles` : null, counts.revised ? `${counts.revised} revised` : null, counts.unchanged ? `${counts.unchanged} unchanged` : null].filter(Boolean).join(", ");
    const verb = result.isNewStory ? "created" : counts.added > 0 ? "added to" : counts.revised > 0 ? "updated" : "nothing changed in";
    const lines = [`import: ${verb} story ${result.slug} (${tally})`];
    for (const article of result.articles) {
      const outcome = article.outcome === "added" ? null : `${IMPORT_OUTCOME_NAMES[article.outcome]}${article.outcome === "revised" ? ` ${article.revision}` : ""}`;
      const flags = [outcome, article.isReference ? "reference" : null, article.inputFormat !== "text" ? article.inputFormat : null, article.language !== "eng" ? `language ${article.language}` : null].filter(Boolean);
      lines.push(`  ${article.outlet}: ${article.title}${flags.length ? ` [${flags.join(", ")}]` : ""}`);
      for (const warning of article.warnings) lines.push(`    ⚠ ${warning}`);
    }
    if (keepsReference && folder.articles.some((article, index) => article.isReference && result.articles[index]?.outcome !== "unchanged")) {
      lines.push(`  the story keeps its reference; the manifest's reference (${folder.manifest.reference}) was imported as a derivative`);
    }
    if (unchangedMessage) lines.push(`  ${unchangedMessage}`);
    const { analysis } = result;
    lines.push(
      counts.added + counts.revised === 0 && !analysis
        ? "  not analysed: nothing changed"
        : analysis
        ? `  analysed: ${analysis.articles} articles, ${analysis.claims} claims, ${analysis.appearances} appearances, ${analysis.omissions} omissions${analysis.staleAppearances ? `, ${analysis.staleAppearances} stale editor appearances kept` : ""}`
        : "  not analysed: the story has no reference article yet",
    );
    console.log(lines.join("\n"));
  } finally {
    await db.$disconnect();
  }
}

// One run, then exit: the analysis thread is closed before its result is stored.
closeThreadsAfterUse();
runCli("import", main);
