import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDate } from "@/app/_components/format-date";
import { ReferenceBadge } from "@/app/_components/reference-badge";
import { getStory } from "@/lib/server/queries/get-story";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = await getStory((await params).slug);
  return { title: story?.title ?? "Story not found" };
}

export default async function StoryPage({ params }: Props) {
  const story = await getStory((await params).slug);
  if (!story) notFound();
  return (
    <article>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-stone-600">
        <Link href="/" className="hover:underline">Stories</Link> <span aria-hidden="true">/</span>
      </nav>
      <h1 className="mb-6 text-2xl font-semibold">{story.title}</h1>
      <h2 className="mb-3 text-lg font-semibold">Articles ({story.articles.length})</h2>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-stone-100 text-stone-700">
            <tr>
              <th scope="col" className="px-3 py-2">Outlet</th>
              <th scope="col" className="px-3 py-2">Kind</th>
              <th scope="col" className="px-3 py-2">Published</th>
              <th scope="col" className="px-3 py-2">Title</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {story.articles.map((article) => (
              <tr key={article.id} data-testid="article-row" className={article.isReference ? "bg-amber-50/60" : undefined}>
                <td className="px-3 py-2 font-medium">
                  {article.outlet.name} {article.isReference ? <ReferenceBadge /> : null}
                </td>
                <td className="px-3 py-2 text-stone-700">{article.outlet.kind}</td>
                <td className="px-3 py-2 whitespace-nowrap text-stone-700">
                  <time dateTime={article.publishedAt?.toISOString()}>{formatDate(article.publishedAt)}</time>
                </td>
                <td className="px-3 py-2">
                  <Link href={`/articles/${article.id}`} className="text-blue-800 underline-offset-2 hover:underline">
                    {article.title}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
