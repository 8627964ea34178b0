import Link from "next/link";
import { listStories } from "@/lib/server/queries/list-stories";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const stories = await listStories();
  return (
    <section aria-labelledby="stories-heading">
      <h1 id="stories-heading" className="mb-6 text-2xl font-semibold">
        Stories
      </h1>
      {stories.length === 0 ? (
        <p className="text-stone-600">
          No stories yet. Add a folder to <code>seeds/</code> and run <code>npm run db:seed</code>.
        </p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {stories.map((story) => (
            <li key={story.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
              <Link href={`/stories/${story.slug}`} className="font-medium text-blue-800 underline-offset-2 hover:underline">
                {story.title}
              </Link>
              <span className="text-sm text-stone-600">
                {story.articleCount} {story.articleCount === 1 ? "article" : "articles"}
                {story.referenceOutlet ? ` · reference: ${story.referenceOutlet}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
