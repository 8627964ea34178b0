import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { LabelLegend } from "@/app/_components/label-legend";
import { CLAIMS_PAGE_SIZE, searchClaims, type SearchClaimsResult } from "@/lib/server/queries/search-claims";
import { parseClaimsSearch, type ClaimsSearch } from "@/lib/validation/claims-search";
import { ClaimResults } from "./_components/claim-results";
import { claimsHref, clearedFilters, hasFilters } from "./_components/claims-href";
import { ClaimsFilters } from "./_components/claims-filters";
import { Pagination } from "./_components/pagination";
import { requireReader } from "@/lib/server/auth/require-reader";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  await requireReader("/claims");
  const { q } = parseClaimsSearch(await searchParams);
  return { title: q ? `Claims matching “${q}”` : "Claims" };
}

export default async function ClaimsPage({ searchParams }: Props) {
  await requireReader("/claims");
  const search = parseClaimsSearch(await searchParams);
  const result = await searchClaims(search);
  return (
    <section aria-labelledby="claims-heading">
      <Breadcrumbs items={[{ href: "/", label: "Stories" }, { label: "Claims" }]} />
      <h1 id="claims-heading" className="mt-2 text-2xl font-semibold sm:mt-0">
        Claims
      </h1>
      <p className="mb-4 mt-1 hidden max-w-3xl text-stone-700 sm:block">
        Every claim of every story: what the reference reported, the details it carried, and the new material outlets added, with how each
        outlet treated it.
      </p>
      <ClaimsFilters search={search} facets={result.facets} />
      {/* On a phone the legend follows the results, so they start on the first screen. */}
      <div className="my-3 hidden sm:block">
        <LabelLegend />
      </div>
      <Summary search={search} result={result} />
      {result.results.length > 0 ? (
        <ClaimResults results={result.results} terms={result.highlights} startAt={(search.page - 1) * CLAIMS_PAGE_SIZE + 1} />
      ) : (
        <EmptyState search={search} result={result} />
      )}
      <Pagination search={search} pageCount={result.pageCount} />
      <div className="mt-4 sm:hidden">
        <LabelLegend />
      </div>
    </section>
  );
}

/** "12 claims match “x” · page 1 of 1", announced politely when results change under a search-as-you-type. */
function Summary({ search, result }: { search: ClaimsSearch; result: SearchClaimsResult }) {
  if (!result.hasClaims) return null;
  const noun = result.total === 1 ? "claim" : "claims";
  const words = result.isSearch ? ` ${result.total === 1 ? "matches" : "match"} “${search.q}”` : "";
  const filtered = hasFilters(search) ? " with these filters" : "";
  return (
    <p role="status" className="mb-2 text-sm text-stone-700" data-testid="claims-summary">
      <strong className="font-semibold text-stone-900" data-testid="claims-total">
        {result.total}
      </strong>{" "}
      {noun}
      {words}
      {filtered}
      {result.total > 0 ? ` · page ${search.page} of ${result.pageCount}` : ""}
      {search.q && !result.isSearch ? ` (“${search.q}” has no words to search for, so every claim is listed)` : ""}
      {result.totalAllKinds !== null && result.totalAllKinds > result.total ? (
        <>
          {" · "}
          {"changed statements and new material only. "}
          <Link href={claimsHref(search, { kind: "all", page: 1 })} className="text-blue-800 underline underline-offset-2">
            Show all {result.totalAllKinds}, with details and unchanged statements
          </Link>
        </>
      ) : null}
    </p>
  );
}

/** What to do next: seed a story, loosen the search, or go back to a page that exists. */
function EmptyState({ search, result }: { search: ClaimsSearch; result: SearchClaimsResult }) {
  const box = "rounded-lg border border-dashed border-stone-400 bg-white p-6 text-stone-700";
  if (!result.hasClaims) {
    return (
      <div className={box}>
        <h2 className="mb-1 text-lg font-semibold text-stone-900">No claims yet</h2>
        <p>
          Claims appear once a story is analysed. Seed or import a story: add a folder to <code>seeds/</code> and run{" "}
          <code>npm run db:seed</code>, then come back here.
        </p>
      </div>
    );
  }
  if (result.total > 0) {
    return (
      <div className={box}>
        <h2 className="mb-1 text-lg font-semibold text-stone-900">No page {search.page}</h2>
        <p>
          There {result.pageCount === 1 ? "is 1 page" : `are ${result.pageCount} pages`} of results.{" "}
          <Link href={claimsHref(search, { page: result.pageCount })} className="text-blue-800 underline underline-offset-2">
            Go to the last page
          </Link>
          .
        </p>
      </div>
    );
  }
  return (
    <div className={box}>
      <h2 className="mb-1 text-lg font-semibold text-stone-900">No claim matches{search.q ? ` “${search.q}”` : ""}{hasFilters(search) ? " with these filters" : ""}</h2>
      <p>
        {search.q ? "Try fewer or shorter words (a word’s beginning is enough)" : "Try another filter"}
        {hasFilters(search) ? (
          <>
            {", or "}
            <Link href={claimsHref(search, clearedFilters(search))} className="text-blue-800 underline underline-offset-2">
              clear the filters
            </Link>
          </>
        ) : null}
        {". "}
        <Link href="/claims" className="text-blue-800 underline underline-offset-2">
          Show every claim
        </Link>
        .
      </p>
    </div>
  );
}
