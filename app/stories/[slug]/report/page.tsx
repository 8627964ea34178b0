import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { hasRole } from "@/lib/auth/roles";
import { getEnv } from "@/lib/config/env";
import { isDraftStory } from "@/lib/pipeline/story-drafts";
import { db } from "@/lib/db";
import { applyNoteVisibility, getNoteAudience } from "@/lib/export/note-visibility";
import { describeLocalAddress, resolvePublicAddress } from "@/lib/export/resolve-public-url";
import { formatExportDate } from "@/lib/export/format-export-date";
import { buildPrintReport } from "@/lib/export/build-print-report";
import { buildLineageSection } from "@/lib/export/lineage-section";
import { COUNT_UNITS, formatCount } from "@/lib/counts/count-units";
import { LABELS } from "@/lib/labels";
import { loadStoryExport } from "@/lib/pipeline/load-story-export";
import { requireReader } from "@/lib/server/auth/require-reader";
import { LineageGraph, LineageGraphKey } from "@/app/_components/lineage-graph";
import { WordDiffKey } from "@/app/_components/word-diff";
import { PrintButton } from "./_components/print-button";
import { ReportAppendixView } from "./_components/report-appendix";
import { ReportRevisions } from "./_components/report-revisions";
import { ReportSectionView } from "./_components/report-section";
import "./report-print.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

// Shared by generateMetadata and the page within one request. The report lists the changes after
// publication of articles captured more than once, so only theirs are analysed.
const load = cache((slug: string) => loadStoryExport(db, slug, "changed"));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  await requireReader(`/stories/${slug}/report`);
  const data = await load(slug);
  return { title: data ? `Report: ${data.story.title}` : "Story not found" };
}

/**
 * The story's report for paper, the document an editor sends (print CSS: report-print.css): page
 * one holds the summary and the scorecard; then the changed claims by label — invented, altered,
 * hardened, softened — each wording with its sentence, the reference sentence and the word diff;
 * then an appendix (added and omitted, as dense lists), who copied whom, the changes after
 * publication and the articles. Figures come from the counting module and name their unit.
 */
export default async function StoryReportPage({ params }: Props) {
  const viewer = await requireReader(`/stories/${(await params).slug}/report`);
  const loaded = await load((await params).slug);
  if (!loaded) notFound();
  if (!hasRole(viewer, "editor") && isDraftStory({ hasReference: loaded.articles.some((a) => a.isReference), derivativeCount: loaded.articles.filter((a) => !a.isReference).length })) notFound();
  const data = applyNoteVisibility(loaded, getNoteAudience(viewer));
  const requestHeaders = await headers();
  const env = getEnv();
  const address = resolvePublicAddress({ publicUrl: env.CLAIMTRAIL_PUBLIC_URL, trustProxy: env.CLAIMTRAIL_TRUST_PROXY }, requestHeaders, `http://${requestHeaders.get("host") ?? "localhost"}/`);
  const { summary, sections, appendix } = buildPrintReport(data);
  const { reference, derivatives } = summary;
  const lineage = buildLineageSection(data);
  const changedWordings = sections.reduce((sum, section) => sum + section.wordingCount, 0);
  const totals = LABELS.filter((label) => summary.labelTotals[label] > 0).map((label) => `${summary.labelTotals[label]} ${label}`);

  return (
    <div className="ct-report mx-auto grid max-w-4xl gap-8 bg-white p-6 print:p-0">
      <header className="grid gap-2">
        <p className="ct-no-print flex flex-wrap items-center gap-3 text-sm">
          <Link href={`/stories/${data.story.slug}`} className="text-blue-800 underline">
            ← Back to the story
          </Link>
          <PrintButton />
        </p>
        <h1 className="text-2xl font-semibold">{data.story.title}</h1>
        <p className="text-sm text-stone-700">
          Provenance report from ClaimTrail, {formatExportDate(new Date().toISOString())}
          {data.story.analyzedAt ? `; analysed ${formatExportDate(data.story.analyzedAt)}` : "; not analysed yet"}.{" "}
          <a href={`${address.baseUrl}/stories/${data.story.slug}`}>Story page</a>
        </p>
        {address.isLocal ? <p className="text-sm text-amber-900">⚠ {describeLocalAddress(address.baseUrl)}</p> : null}
      </header>

      <div className="ct-page-one grid gap-6">
        <section aria-labelledby="report-summary" className="grid gap-2">
          <h2 id="report-summary" className="text-lg font-semibold">
            Summary
          </h2>
          <ul className="list-disc pl-6 text-sm">
            <li>
              {reference ? (
                <>
                  Reference: <strong>{reference.outlet.name}</strong> — {reference.url ? <a href={reference.url}>“{reference.title}”</a> : `“${reference.title}”`}, published {formatExportDate(reference.publishedAt)}
                  {reference.byline ? `, by ${reference.byline}` : ""}
                </>
              ) : (
                "No reference article yet: nothing has been compared."
              )}
            </li>
            <li>
              {derivatives.length} derivative {derivatives.length === 1 ? "article" : "articles"}
              {derivatives.length ? `: ${derivatives.map((article) => article.outlet.name).join(", ")}` : ""}
            </li>
            <li>
              {summary.statementCount} reference statements with {summary.detailCount} details; {summary.newClaimCount} new details introduced by the rewrites
            </li>
            <li>
              {formatCount(summary.appearanceCount, "wordings")} in the rewrites{totals.length ? `: ${totals.join(", ")}` : ""}; {summary.reviewedCount} reviewed by an editor (counted in{" "}
              {COUNT_UNITS.wordings.explanation})
            </li>
            <li>{formatCount(changedWordings, "wordings")} invented, altered, hardened or softened, listed by label from page 2; added material and omissions in the appendix</li>
          </ul>
          {summary.warnings.map(({ article, warning }, index) => (
            <p key={index} className="text-sm">
              ⚠ {article.outlet.name}: {warning}
            </p>
          ))}
        </section>

        {summary.scorecard.length > 0 ? (
          <section aria-labelledby="report-scorecard" className="grid gap-2">
            <h2 id="report-scorecard" className="text-lg font-semibold">
              Scorecard
            </h2>
            <p className="text-sm text-stone-700">Counted in {COUNT_UNITS.claims.explanation}: the reference&apos;s statements (carried or omitted) plus the new details it introduced.</p>
            <table className="w-full border-collapse text-right text-sm tabular-nums">
              <thead>
                <tr className="border-b border-stone-400">
                  <th scope="col" className="py-1 pr-2 text-left">Outlet</th>
                  {LABELS.map((label) => (
                    <th key={label} scope="col" className="px-1 py-1 font-medium">
                      {label}
                    </th>
                  ))}
                  <th scope="col" className="py-1 pl-2">statements kept faithfully</th>
                </tr>
              </thead>
              <tbody>
                {summary.scorecard.map((tally) => (
                  <tr key={tally.article.id} className="border-b border-stone-200">
                    <th scope="row" className="py-1 pr-2 text-left font-medium">{tally.article.outlet.name}</th>
                    {LABELS.map((label) => (
                      <td key={label} className="px-1 py-1">
                        {tally.counts[label]}
                      </td>
                    ))}
                    <td className="py-1 pl-2">
                      {tally.faithfulStatements} of {summary.statementCount}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : null}

      </div>

      {derivatives.length > 0 ? (
        <div className="ct-changes grid gap-6">
          <WordDiffKey against="the reference’s wording" />
          {sections.map((section) => (
            <ReportSectionView key={section.label} section={section} baseUrl={address.baseUrl} />
          ))}
        </div>
      ) : null}

      {derivatives.length > 0 ? <ReportAppendixView appendix={appendix} baseUrl={address.baseUrl} /> : null}

      {derivatives.length > 0 ? (
        <section aria-labelledby="report-lineage" className="ct-keep grid gap-2 text-sm">
          <h2 id="report-lineage" className="text-lg font-semibold">
            Who copied whom
          </h2>
          <figure className="grid gap-2">
            <LineageGraph articles={lineage.articles.map((article) => ({ ...article, publishedAt: article.publishedAt ? new Date(article.publishedAt) : null }))} links={lineage.lineage.links} sharedDetails={lineage.lineage.sharedDetails} />
            <figcaption className="grid gap-1 text-xs text-stone-700">
              Articles from top to bottom in order of publication; each arrow runs from an article&apos;s most likely source to it (the evidence is on the lineage page and in the exports).
              <LineageGraphKey />
            </figcaption>
          </figure>
        </section>
      ) : null}

      <ReportRevisions articles={data.revisions} />

      <section aria-labelledby="report-articles" className="grid gap-2">
        <h2 id="report-articles" className="text-lg font-semibold">
          Articles
        </h2>
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-stone-400">
              <th scope="col" className="py-1 pr-2">Outlet</th>
              <th scope="col" className="py-1 pr-2">Kind</th>
              <th scope="col" className="py-1 pr-2">Published</th>
              <th scope="col" className="py-1 pr-2">Title</th>
              <th scope="col" className="py-1">Language</th>
            </tr>
          </thead>
          <tbody>
            {data.articles.map((article) => (
              <tr key={article.id} className="border-b border-stone-200 align-top">
                <td className="py-1 pr-2 font-medium">
                  {article.outlet.name}
                  {article.isReference ? " (reference)" : ""}
                </td>
                <td className="py-1 pr-2">{article.outlet.kind}</td>
                <td className="py-1 pr-2 whitespace-nowrap">{formatExportDate(article.publishedAt)}</td>
                <td className="py-1 pr-2">{article.url ? <a href={article.url}>{article.title}</a> : article.title}</td>
                <td className="py-1">{article.language}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {data.articles.some((article) => article.capturedFrom || article.sourceNotes) ? (
          <>
            <h3 className="font-semibold">Where the texts came from</h3>
            <ul className="list-disc pl-6 text-sm">
              {data.articles
                .filter((article) => article.capturedFrom || article.sourceNotes)
                .map((article) => (
                  <li key={article.id}>
                    <strong>{article.outlet.name}</strong>
                    {article.isReference ? " (reference)" : ""}: {article.sourceNotes}
                    {article.capturedFrom ? (
                      <>
                        {article.sourceNotes ? "; " : ""}text captured from <a href={article.capturedFrom}>{article.capturedFrom}</a>
                      </>
                    ) : null}
                  </li>
                ))}
            </ul>
          </>
        ) : null}
      </section>
    </div>
  );
}
