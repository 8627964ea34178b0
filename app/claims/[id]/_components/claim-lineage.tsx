import Link from "next/link";
import { formatDate } from "@/app/_components/format-date";
import type { ClaimLineage as Lineage } from "@/lib/server/queries/get-claim-lineage";

/** For a new detail: where it first appeared and which outlets carry it after (from the story's lineage). */
export function ClaimLineage({ lineage, storySlug }: { lineage: Lineage; storySlug: string }) {
  const { first, after, sharedWords } = lineage;
  return (
    <section aria-labelledby="claim-lineage-heading" className="mb-4 max-w-4xl rounded-lg border border-stone-200 bg-white p-3 text-sm" data-testid="claim-lineage">
      <h2 id="claim-lineage-heading" className="mb-1 font-semibold">
        Where it first appeared
      </h2>
      <p>
        First in{" "}
        <Link href={`/articles/${first.articleId}`} className="font-medium text-blue-800 underline underline-offset-2">
          {first.outlet}
        </Link>{" "}
        ({formatDate(first.publishedAt)}): “{first.text}”
      </p>
      {after.length > 0 ? (
        <>
          <p className="mt-1">Carried after by:</p>
          <ol className="ml-5 list-decimal">
            {after.map((carrier) => (
              <li key={carrier.articleId}>
                <Link href={`/articles/${carrier.articleId}`} className="text-blue-800 underline underline-offset-2">
                  {carrier.outlet}
                </Link>{" "}
                ({formatDate(carrier.publishedAt)}): “{carrier.text}”
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p className="mt-1 text-stone-700">No other outlet carries it.</p>
      )}
      {sharedWords.length > 0 ? <p className="mt-1 text-stone-600">Other wordings counted because they share {sharedWords.map((word) => `“${word}”`).join(", ")}, which the reference never uses.</p> : null}
      <p className="mt-1">
        <Link href={`/stories/${storySlug}/lineage`} className="text-blue-800 underline underline-offset-2">
          Who copied whom in this story
        </Link>
      </p>
    </section>
  );
}
