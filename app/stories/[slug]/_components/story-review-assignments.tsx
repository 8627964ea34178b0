import { ReviewAssignments } from "@/app/_components/review-assignments";
import { listEditors } from "@/lib/server/queries/list-editors";
import { listReviewAssignments } from "@/lib/server/queries/list-review-assignments";

/**
 * The story's review assignments with each assignee's progress (signed-in readers: they name
 * staff), and for editors the form assigning the story or one outlet. Loads its own data, so the
 * story page only places it.
 */
export async function StoryReviewAssignments({ slug, canEdit, outlets }: { slug: string; canEdit: boolean; outlets: { articleId: string; name: string }[] }) {
  const [assignments, editors] = await Promise.all([listReviewAssignments({ storySlug: slug }), canEdit ? listEditors() : Promise.resolve([])]);
  return (
    <section aria-labelledby="assignments-heading" id="assignments" className="grid gap-3">
      <h2 id="assignments-heading" className="text-lg font-semibold">
        Review
      </h2>
      <ReviewAssignments assignments={assignments} canEdit={canEdit} back={`/stories/${slug}#assignments`} assign={canEdit ? { storySlug: slug, editors, outlets } : undefined} />
    </section>
  );
}
