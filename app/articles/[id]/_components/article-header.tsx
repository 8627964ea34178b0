import Link from "next/link";
import { formatDate } from "@/app/_components/format-date";
import { LabelChip } from "@/app/_components/label-chip";
import { LabelLegend } from "@/app/_components/label-legend";
import { ReferenceBadge } from "@/app/_components/reference-badge";
import { TextProvenance } from "@/app/_components/text-provenance";
import { LABELS } from "@/lib/labels";
import type { ReaderArticle } from "@/lib/server/queries/get-article-reader";

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });
function describeLanguage(code: string): string {
  if (code === "und") return "unknown";
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Who published the article, when, in what language, what to watch for, and its label counts. */
export function ArticleHeader({ article }: { article: ReaderArticle }) {
  const isForeign = article.language !== "eng" && article.language !== "und";
  const warnings = [...article.warnings];
  if (isForeign && !warnings.some((warning) => /english/i.test(warning)))
    warnings.unshift(`Not in English (${describeLanguage(article.language)}): labels may not apply.`);
  const sentenceCount = article.sentences.length;
  return (
    <header className="mb-6 space-y-4">
      <div>
        <h1 className="mb-2 text-2xl font-semibold text-balance sm:text-3xl">{article.title}</h1>
        <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-stone-700">
          <div className="flex items-center gap-1.5">
            <dt className="sr-only">Outlet</dt>
            <dd className="font-semibold text-stone-900">{article.outlet.name}</dd>
            {article.isReference ? (
              <dd>
                <ReferenceBadge />
              </dd>
            ) : null}
          </div>
          <div className="flex gap-1">
            <dt>Kind:</dt>
            <dd>{article.outlet.kind}</dd>
          </div>
          <div className="flex gap-1">
            <dt>Published:</dt>
            <dd>
              <time dateTime={article.publishedAt?.toISOString()}>{formatDate(article.publishedAt)}</time>
            </dd>
          </div>
          <div className="flex gap-1">
            <dt>By:</dt>
            <dd>{article.byline ?? "no byline"}</dd>
          </div>
          <div className="flex gap-1">
            <dt>Language:</dt>
            <dd>{describeLanguage(article.language)}</dd>
          </div>
        </dl>
        <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href={`/stories/${article.story.slug}`} className="text-blue-800 underline underline-offset-2">
            All articles of this story
          </Link>
          <Link href={`/articles/${article.id}/revisions`} className="text-blue-800 underline underline-offset-2">Revisions</Link>
          {article.url ? (
            <a href={article.url} className="text-blue-800 underline underline-offset-2" rel="noreferrer noopener" target="_blank">
              Original page<span aria-hidden="true"> ↗</span>
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          ) : null}
          {article.isReference && article.claims.length > 0 ? (
            <a href="#claims" className="text-blue-800 underline underline-offset-2">
              Its {article.claims.length} claims
            </a>
          ) : null}
        </p>
        <TextProvenance sourceNotes={article.sourceNotes} capturedFrom={article.capturedFrom} url={article.url} className="mt-3" />
      </div>

      {warnings.length > 0 ? (
        <aside aria-label="Warnings" className="rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <p className="font-semibold">
            <span aria-hidden="true">⚠ </span>Warnings
          </p>
          <ul className="list-disc pl-5">
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </aside>
      ) : null}

      {article.isReference ? (
        <p className="text-sm text-stone-700">
          This is the story’s <strong>reference</strong>: the report every other article is compared with. Its {sentenceCount} sentences yield{" "}
          {article.claims.length} claims; the badge before each sentence (×N) says how many of the {article.derivativeCount} other articles carry it.
        </p>
      ) : sentenceCount > 0 ? (
        <section aria-labelledby="counts-heading">
          <h2 id="counts-heading" className="mb-2 text-sm font-semibold text-stone-800">
            How its {sentenceCount} sentences compare with the reference
          </h2>
          <ul className="flex flex-wrap gap-2 text-sm" data-testid="label-counts">
            {LABELS.map((label) => (
              <li key={label} className="flex items-center gap-1">
                <LabelChip label={label} />
                <span className="font-semibold tabular-nums">{article.labelCounts[label]}</span>
                {label === "omitted" ? <span className="text-stone-600">reference claims</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {sentenceCount > 0 && !article.isReference ? <LabelLegend /> : null}
    </header>
  );
}
