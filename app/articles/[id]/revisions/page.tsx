import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { requireReader } from "@/lib/server/auth/require-reader";
import { getArticleRevisions } from "@/lib/server/queries/get-article-revisions";
import { revisionCompareSchema } from "@/lib/validation/revision-compare";
import { CompareForm } from "./_components/compare-form";
import { RevisionChanges } from "./_components/revision-changes";
import { RevisionTimeline } from "./_components/revision-timeline";
import { WordDiff } from "./_components/word-diff";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One computation per request, shared by the metadata and the page. */
const load = cache((id: string, from?: number, to?: number, includeTrivial?: boolean) => getArticleRevisions(id, { from, to, includeTrivial }));

async function read({ params, searchParams }: Props) {
  const { id } = await params;
  const query = revisionCompareSchema.parse(await searchParams);
  await requireReader(`/articles/${id}/revisions`);
  return load(id, query.from, query.to, query.trivial === "1");
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const view = await read(props);
  return { title: view ? `Revisions: ${view.article.outlet}: ${view.article.title}` : "Article not found" };
}

/** An article's revisions over time and what changed, claim by claim, between two of them. */
export default async function ArticleRevisionsPage(props: Props) {
  const view = await read(props);
  if (!view) notFound();
  const { article, story, revisions, comparison } = view;
  return (
    <article className="mx-auto grid max-w-3xl gap-6">
      <header>
        <Breadcrumbs items={[{ href: "/", label: "Stories" }, { href: `/stories/${story.slug}`, label: story.title }, { href: `/articles/${article.id}`, label: article.outlet }, { label: "Revisions" }]} />
        <h1 className="text-2xl font-semibold">Revisions of “{article.title}”</h1>
        <p className="mt-1 text-sm text-stone-700">
          {article.outlet}. Every import of this page is kept as a revision; each is compared with the story&apos;s reference, and changes are shown claim by claim. Edits that change no claim
          (typos, punctuation, page chrome) are left out unless you ask for them.
        </p>
      </header>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="mb-2 text-lg font-semibold">
          Timeline
        </h2>
        <RevisionTimeline articleId={article.id} revisions={revisions} />
      </section>
      {comparison ? (
        <section aria-labelledby="compare-heading" className="grid gap-3">
          <h2 id="compare-heading" className="text-lg font-semibold">
            Revision {comparison.from} → revision {comparison.to}
          </h2>
          <CompareForm articleId={article.id} numbers={revisions.map((revision) => revision.number)} from={comparison.from} to={comparison.to} includeTrivial={comparison.includeTrivial} />
          {comparison.result.warnings.map((warning) => (
            <p key={warning} className="rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm">
              {warning}
            </p>
          ))}
          <p className="text-sm text-stone-700" role="status">
            {comparison.result.changes.length === 0
              ? comparison.result.isTextChanged
                ? "No claim changed."
                : "The two revisions have the same text."
              : `${comparison.result.changes.length} change${comparison.result.changes.length === 1 ? "" : "s"}.`}
            {comparison.result.trivialCount > 0 && !comparison.includeTrivial ? (
              <>
                {" "}
                {comparison.result.trivialCount} trivial edit{comparison.result.trivialCount === 1 ? "" : "s"} hidden ({" "}
                <Link href={`/articles/${article.id}/revisions?from=${comparison.from}&to=${comparison.to}&trivial=1`} className="text-blue-800 underline underline-offset-2">
                  show them
                </Link>
                ).
              </>
            ) : null}
          </p>
          <RevisionChanges changes={comparison.result.changes} />
          {comparison.includeTrivial && comparison.result.isTextChanged ? (
            <details>
              <summary className="cursor-pointer text-sm font-semibold">The whole text, word by word</summary>
              <WordDiff parts={comparison.result.textDiff} />
            </details>
          ) : null}
        </section>
      ) : (
        <p className="text-sm text-stone-700">
          {article.isReference ? "This is the story's reference: its revisions are listed, but there is nothing to compare them with." : "Only one revision so far: re-import the page at the same URL to record another."}
        </p>
      )}
    </article>
  );
}
