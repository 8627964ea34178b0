import type { ReaderArticle } from "@/lib/server/queries/get-article-reader";

/** The reference's statement claims in order, each with how many derivatives carry it (plain links: up to 60 rows, no prefetching). */
export function ReferenceClaims({ article }: { article: ReaderArticle }) {
  const total = article.derivativeCount;
  return (
    <section id="claims" aria-labelledby="claims-heading" className="mb-8 scroll-mt-4">
      <h2 id="claims-heading" className="mb-1 text-lg font-semibold">
        Claims in this report ({article.claims.length})
      </h2>
      <p className="mb-3 text-sm text-stone-600">
        {total === 0
          ? "No other article in this story yet: import rewrites to see which outlets carry each claim."
          : `How many of the ${total} other ${total === 1 ? "article" : "articles"} carry each claim, in any form.`}
      </p>
      {article.claims.length === 0 ? (
        <p className="rounded-lg border border-stone-200 bg-white p-4 text-stone-600">
          No claims stored yet. Run the analysis (npm run db:seed) to draw them from the text.
        </p>
      ) : (
        <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white text-sm" data-testid="reference-claims">
          {article.claims.map((claim) => (
            <li key={claim.id} data-testid="reference-claim" className="grid grid-cols-[2rem_minmax(0,1fr)] gap-x-3 gap-y-1 px-3 py-2 sm:grid-cols-[2.5rem_minmax(0,1fr)_11rem] sm:gap-x-4">
              <span className="text-stone-500 tabular-nums">{claim.number}.</span>
              <span>
                <a href={`/claims/${claim.id}`} className="text-blue-800 underline-offset-2 hover:underline">
                  {claim.text}
                </a>
                {claim.sentenceIndex !== null ? (
                  <>
                    {" "}
                    <a href={`#s-${claim.sentenceIndex}`} className="whitespace-nowrap text-xs text-stone-600 underline">
                      in the text
                      <span className="sr-only"> (claim {claim.number})</span>
                    </a>
                  </>
                ) : null}
              </span>
              <span className="col-start-2 flex items-center gap-2 sm:col-start-auto">
                <span className="h-2 w-16 shrink-0 overflow-hidden rounded-full bg-stone-200" aria-hidden="true">
                  <span
                    className="block h-full bg-stone-700"
                    style={{
                      width: `${total ? (100 * claim.outletCount) / total : 0}%`,
                    }}
                  />
                </span>
                <span className="tabular-nums" data-testid="outlet-count">
                  {claim.outletCount} of {total} outlets
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
