import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/server/auth/require-role";
import { getReviewQueue } from "@/lib/server/queries/get-review-queue";
import { listMyVerdicts } from "@/lib/server/queries/list-my-verdicts";
import { slugSchema } from "@/lib/validation/story-manifest";
import { MyVerdicts } from "./_components/my-verdicts";
import { ReviewQueue } from "./_components/review-queue";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review queue" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewPage({ searchParams }: Props) {
  const user = await requireRole("editor", { next: "/review" });
  const search = await searchParams;
  // ?story=slug narrows the queue to one story; anything else shows every story.
  const story = slugSchema.safeParse(search.story);
  const storySlug = story.success ? story.data : undefined;
  const [{ items, progress, orphaned }, verdicts] = await Promise.all([getReviewQueue({ storySlug }), listMyVerdicts(user.id, { storySlug })]);
  return (
    <section aria-labelledby="review-heading">
      <h1 id="review-heading" className="mb-1 text-2xl font-semibold">
        Review queue
      </h1>
      <p className="mb-4 max-w-3xl text-stone-700">
        Machine verdicts no editor has reviewed yet, the most consequential first: invented and altered before hardened, softened, added and faithful.
        {storySlug ? (
          <>
            {" "}
            One story only ·{" "}
            <Link href="/review" className="text-blue-800 underline underline-offset-2">
              every story
            </Link>
          </>
        ) : null}
      </p>
      {search.dismiss === "done" ? (
        <p role="status" className="mb-3 text-sm font-medium text-emerald-900">
          Dismissed as not a claim: it has left the queue, the matrix and the counts (restore it on the claim’s page).
        </p>
      ) : null}
      <ReviewQueue initialItems={items} initialProgress={progress} returnPath={storySlug ? `/review?story=${storySlug}` : "/review"} />
      <MyVerdicts verdicts={verdicts} outcome={typeof search.undo === "string" ? search.undo : undefined} storySlug={storySlug} />
      {orphaned.length > 0 ? (
        <section aria-labelledby="orphaned-heading" className="mt-8">
          <h2 id="orphaned-heading" className="mb-2 text-lg font-semibold">
            Orphaned annotations
          </h2>
          <p className="mb-2 text-sm text-stone-700">Their articles were re-imported and these spans were not found again. They are kept; link the new wording by hand.</p>
          <ul className="space-y-2" data-testid="orphaned">
            {orphaned.map((annotation) => (
              <li key={annotation.id} className="rounded-md border border-red-300 bg-white p-3 text-sm">
                <strong>{annotation.outlet}</strong>: “{annotation.text}” ·{" "}
                <Link href={`/articles/${annotation.articleId}`} className="text-blue-800 underline">
                  article
                </Link>{" "}
                ·{" "}
                <Link href={`/claims/${annotation.claimId}`} className="text-blue-800 underline">
                  claim
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
