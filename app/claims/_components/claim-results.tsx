import Link from "next/link";
import type { SearchHighlight } from "@/lib/search/parse-search-query";
import type { ClaimSearchResult } from "@/lib/server/queries/search-claims";
import { ClaimKind } from "./claim-kind";
import { HighlightedText } from "./highlighted-text";
import { LabelCounts } from "./label-counts";

/** One page of claims: wording (search words marked), where it matched, story, kind and outlets' labels. */
export function ClaimResults({ results, terms, startAt }: { results: readonly ClaimSearchResult[]; terms: readonly SearchHighlight[]; startAt: number }) {
  return (
    <ol start={startAt} className="flex flex-col gap-2" aria-label="Claims">
      {results.map((claim) => (
        <li key={claim.id} data-testid="claim-result" className="rounded-lg border border-stone-200 bg-white px-3 py-2.5 sm:px-4">
          <Link href={`/claims/${claim.id}`} className="font-medium leading-snug text-blue-900 underline-offset-2 hover:underline">
            <HighlightedText text={claim.text} terms={terms} />
          </Link>
          {claim.matchedWording ? (
            <p className="mt-1 border-l-4 border-stone-300 pl-2 text-sm text-stone-700">
              Matched in {claim.matchedWording.outlet}’s wording: “<HighlightedText text={claim.matchedWording.text} terms={terms} isExcerpt />”
            </p>
          ) : null}
          <div className="mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-stone-700">
            <ClaimKind kind={claim.kind} detailType={claim.detailType} isNew={claim.isNew} />
            {claim.isStale ? <span className="font-semibold text-amber-900">stale: the latest analysis no longer finds it</span> : null}
            <Link href={`/stories/${claim.story.slug}`} className="max-w-[32ch] truncate underline-offset-2 hover:underline" title={claim.story.title}>
              {claim.story.title}
            </Link>
            <span data-testid="claim-outlets">
              {claim.outletCount === 0 ? (
                "no derivative outlet carries it"
              ) : (
                <>
                  {claim.outletCount} {claim.outletCount === 1 ? "outlet carries" : "outlets carry"} it:{" "}
                  <span className="font-medium text-stone-900">{claim.outletNames.join(", ")}</span>
                  {claim.outletCount > claim.outletNames.length ? ` and ${claim.outletCount - claim.outletNames.length} more` : ""}
                </>
              )}
            </span>
            <LabelCounts counts={claim.labelCounts} />
          </div>
        </li>
      ))}
    </ol>
  );
}
