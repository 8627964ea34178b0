import Link from "next/link";
import { primaryButton } from "@/app/_components/form-styles";
import { LabelChip } from "@/app/_components/label-chip";
import { hasRole } from "@/lib/auth/roles";
import { COUNT_UNITS } from "@/lib/counts/count-units";
import { LABELS } from "@/lib/labels";
import { getStoryLabelTotals } from "@/lib/server/queries/get-story-label-totals";
import { listStories } from "@/lib/server/queries/list-stories";
import { requireReader } from "@/lib/server/auth/require-reader";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const user = await requireReader("/");
  const canEdit = hasRole(user, "editor");
  const [stories, totals] = await Promise.all([listStories({ includeDrafts: canEdit }), getStoryLabelTotals()]);
  return (
    <section aria-labelledby="stories-heading" className="mx-auto max-w-4xl">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-3">
        <h1 id="stories-heading" className="text-2xl font-semibold sm:text-3xl">
          Stories
        </h1>
        {canEdit ? (
          <Link href="/stories/new" className={primaryButton}>
            New story
          </Link>
        ) : null}
      </div>
      <p className="mb-6 max-w-prose text-stone-700">
        Each story holds one reference report and the articles that retold it. Open a story to see, claim by claim, which outlets kept it, softened, hardened,
        altered or invented it.
      </p>
      {stories.length === 0 ? (
        <div className="rounded-lg border border-dashed border-stone-400 bg-white p-6 text-stone-700">
          <p className="mb-2 font-medium">No stories yet.</p>
          <p>
            {canEdit ? (
              <>
                <Link href="/stories/new">Create one</Link> and paste or upload its articles,
              </>
            ) : (
              "An editor creates stories here;"
            )}{" "}
            or import a story folder (text files and a <code>manifest.json</code>) with <code>npm run import -- DIR</code> and reload this page.
          </p>
        </div>
      ) : (
        <ul className="space-y-3">
          {stories.map((story) => {
            const storyTotals = totals.get(story.id);
            return (
              <li key={story.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="story-card">
                <h2 className="mb-1 text-lg font-semibold">
                  <Link href={`/stories/${story.slug}`} className="text-blue-800 underline-offset-2 hover:underline">
                    {story.title}
                  </Link>
                  {story.isDraft ? <span className="ml-2 rounded border border-stone-400 px-1.5 text-xs font-medium text-stone-700">Draft: editors only</span> : null}
                </h2>
                <p className="text-sm text-stone-600">
                  {story.articleCount} {story.articleCount === 1 ? "article" : "articles"}
                  {story.referenceOutlet ? ` · reference: ${story.referenceOutlet}` : " · no reference yet"}
                </p>
                {storyTotals ? (
                  <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                    <span id={`totals-${story.id}`} className="text-stone-600">
                      Counted in {COUNT_UNITS.sentences.explanation}:
                    </span>
                    <ul className="contents" aria-labelledby={`totals-${story.id}`}>
                      {LABELS.filter((label) => storyTotals[label] > 0).map((label) => (
                        <li key={label} className="flex items-center gap-1">
                          <LabelChip label={label} size="xs" />
                          <span className="tabular-nums">
                            {storyTotals[label]}
                            {label === "omitted" ? " reference claims" : ""}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : (
                  <p className="mt-2 text-sm text-stone-600">Not analysed yet: it needs a reference report and at least one rewrite.</p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
