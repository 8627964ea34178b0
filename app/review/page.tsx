import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/server/auth/require-role";
import { getReviewQueue } from "@/lib/server/queries/get-review-queue";
import { listMyVerdicts } from "@/lib/server/queries/list-my-verdicts";
import { listReviewAssignments } from "@/lib/server/queries/list-review-assignments";
import { ReviewAssignments } from "@/app/_components/review-assignments";
import { BULK_REFUSALS } from "@/lib/validation/bulk-review";
import { BulkReviewForm } from "./_components/bulk-review-form";
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
  const isMine = search.mine === "1";
  const [{ items, progress, orphaned }, verdicts, assignments] = await Promise.all([
    getReviewQueue({ storySlug, ...(isMine ? { assigneeId: user.id } : {}) }),
    listMyVerdicts(user.id, { storySlug }),
    listReviewAssignments({ storySlug }),
  ]);
  const here = (changes: Record<string, string | undefined>) => {
    const params = new URLSearchParams({ ...(storySlug ? { story: storySlug } : {}), ...(isMine ? { mine: "1" } : {}) });
    for (const [key, value] of Object.entries(changes)) if (value === undefined) params.delete(key); else params.set(key, value);
    return `/review${params.size > 0 ? `?${params.toString()}` : ""}`;
  };
  const bulk = typeof search.bulk === "string" ? search.bulk : undefined;
  const bulkDone = bulk?.match(/^(\d+)-(\d+)$/);
  const bulkRefusal = bulk === "refused" ? (BULK_REFUSALS[typeof search.why === "string" ? search.why : ""] ?? BULK_REFUSALS.invalid) : undefined;
  const waiting = progress.reduce((sum, row) => sum + row.total - row.reviewed, 0);
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
      <nav aria-label="Whose queue" className="mb-3 flex gap-3 text-sm">
        {isMine ? (
          <>
            <strong>My queue</strong> (the stories and outlets assigned to you) ·{" "}
            <Link href={here({ mine: undefined })} className="text-blue-800 underline underline-offset-2">
              everyone’s
            </Link>
          </>
        ) : (
          <Link href={here({ mine: "1" })} className="text-blue-800 underline underline-offset-2">
            My queue
          </Link>
        )}
      </nav>
      {bulkDone ? (
        <p role="status" className="mb-3 text-sm font-medium text-emerald-900">
          Done in one step: {bulkDone[1]} {bulkDone[1] === "1" ? "item" : "items"}
          {bulkDone[2] !== "0" ? `; ${bulkDone[2]} left as they were (reviewed or changed meanwhile)` : ""}.
        </p>
      ) : null}
      {bulkRefusal ? (
        <p role="alert" className="mb-3 text-sm font-medium text-red-800">
          {bulkRefusal}
        </p>
      ) : null}
      {items.length > 0 ? <BulkReviewForm storySlug={storySlug} isMine={isMine} matchingCount={waiting} /> : null}
      <ReviewQueue initialItems={items} initialProgress={progress} returnPath={here({})} />
      <section aria-labelledby="assignees-heading" className="mt-8">
        <h2 id="assignees-heading" className="mb-2 text-lg font-semibold">
          Progress per assignee
        </h2>
        <ReviewAssignments assignments={assignments} canEdit back={here({})} showStory={!storySlug} />
      </section>
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
