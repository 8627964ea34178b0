import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { formatDate } from "@/app/_components/format-date";
import { LabelChip } from "@/app/_components/label-chip";
import { LabelLegend } from "@/app/_components/label-legend";
import { ReferenceBadge } from "@/app/_components/reference-badge";
import { WordDiffKey } from "@/app/_components/word-diff";
import { requireReader } from "@/lib/server/auth/require-reader";
import { getOutletChanges } from "@/lib/server/queries/get-outlet-changes";
import { slugSchema } from "@/lib/validation/story-manifest";
import { outletIdSchema } from "@/lib/validation/story-page";
import { ChangedSentence } from "./_components/changed-sentence";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; outlet: string }> };

/** One read per request, shared by the metadata and the page; malformed ids are a 404 without a query. */
const load = cache(async (slug: string, outlet: string) =>
  slugSchema.safeParse(slug).success && outletIdSchema.safeParse(outlet).success ? getOutletChanges(slug, outlet) : null,
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, outlet } = await params;
  await requireReader(`/stories/${slug}/outlets/${outlet}`);
  const changes = await load(slug, outlet);
  return { title: changes ? `${changes.outlet.name}: changes · ${changes.story.title}` : "Outlet not found" };
}

/** Every change one outlet made to the story, sentence by sentence: what a fact-checker quotes in a write-up. */
export default async function OutletChangesPage({ params }: Props) {
  const { slug, outlet } = await params;
  await requireReader(`/stories/${slug}/outlets/${outlet}`);
  const changes = await load(slug, outlet);
  if (!changes) notFound();
  const total = changes.counts.reduce((sum, { count }) => sum + count, 0);
  const isReference = changes.articles.every((article) => article.isReference);
  return (
    <article aria-labelledby="outlet-heading" className="grid gap-5">
      <header>
        <Breadcrumbs items={[{ href: "/", label: "Stories" }, { href: `/stories/${changes.story.slug}`, label: changes.story.title }, { label: changes.outlet.name }]} />
        <h1 id="outlet-heading" className="text-2xl font-semibold">
          {changes.outlet.name}: what it changed
        </h1>
        <p className="mt-1 text-stone-700" data-testid="outlet-summary">
          {isReference ? (
            "This outlet published the reference report: every other article is compared with it."
          ) : (
            <>
              {total === 0 ? "No changed or new material" : `${total} ${total === 1 ? "change" : "changes"}`} against the reference
              {changes.omitted.length > 0 ? `, ${changes.omitted.length} reference ${changes.omitted.length === 1 ? "statement" : "statements"} left out` : ""}.
            </>
          )}
        </p>
        {changes.counts.length > 0 ? (
          <ul className="mt-2 flex flex-wrap gap-2" aria-label="Changes per label">
            {changes.counts.map(({ label, count }) => (
              <li key={label} className="inline-flex items-center gap-1 text-sm">
                <LabelChip label={label} /> <span className="tabular-nums">×{count}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </header>
      {total > 0 ? (
        <div className="flex flex-col gap-2">
          <WordDiffKey against="the reference’s wording" />
          <LabelLegend />
        </div>
      ) : null}
      {changes.articles.map((article) => (
        <section key={article.id} aria-labelledby={`article-${article.id}`} className="grid gap-3">
          <h2 id={`article-${article.id}`} className="text-lg font-semibold leading-snug">
            <Link href={`/articles/${article.id}`} className="text-blue-900 underline-offset-2 hover:underline">
              {article.title}
            </Link>{" "}
            {article.isReference ? <ReferenceBadge /> : null}
          </h2>
          <p className="-mt-2 text-sm text-stone-600">
            <time dateTime={article.publishedAt?.toISOString()}>{formatDate(article.publishedAt)}</time>
            {article.url ? (
              <>
                {" · "}
                <a href={article.url} className="break-all text-blue-800 underline underline-offset-2" rel="noreferrer">
                  {article.url}
                </a>
              </>
            ) : null}
          </p>
          {article.sentences.length === 0 && !article.isReference ? <p className="text-stone-700">Every sentence it carries is faithful to the reference.</p> : null}
          <ol className="grid gap-3" aria-label={`Changed sentences in “${article.title}”`}>
            {article.sentences.map((sentence) => (
              <ChangedSentence key={`${sentence.index}-${sentence.changes[0]?.appearanceId}`} articleId={article.id} referenceArticleId={changes.story.referenceArticleId} sentence={sentence} />
            ))}
          </ol>
        </section>
      ))}
      {changes.omitted.length > 0 ? (
        <section aria-labelledby="omitted-heading">
          <h2 id="omitted-heading" className="mb-2 text-lg font-semibold">
            Left out: reference statements it does not carry
          </h2>
          <ul className="grid list-disc gap-1 pl-5 font-serif text-stone-800">
            {changes.omitted.map((claim) => (
              <li key={claim.claimId}>
                <Link href={`/claims/${claim.claimId}`} className="underline-offset-2 hover:underline">
                  {claim.text}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
