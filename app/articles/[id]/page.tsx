import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDate } from "@/app/_components/format-date";
import { ReferenceBadge } from "@/app/_components/reference-badge";
import { getArticle } from "@/lib/server/queries/get-article";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).id);
  return { title: article ? `${article.outlet.name}: ${article.title}` : "Article not found" };
}

export default async function ArticlePage({ params }: Props) {
  const article = await getArticle((await params).id);
  if (!article) notFound();
  return (
    <article>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-stone-600">
        <Link href="/" className="hover:underline">Stories</Link> <span aria-hidden="true">/</span>{" "}
        <Link href={`/stories/${article.story.slug}`} className="hover:underline">{article.story.title}</Link>{" "}
        <span aria-hidden="true">/</span>
      </nav>
      <h1 className="mb-2 text-2xl font-semibold">{article.title}</h1>
      <p className="mb-6 flex flex-wrap items-center gap-2 text-sm text-stone-700">
        <span className="font-medium">{article.outlet.name}</span>
        <span>· {article.outlet.kind}</span>
        <span>· <time dateTime={article.publishedAt?.toISOString()}>{formatDate(article.publishedAt)}</time></span>
        {article.byline ? <span>· by {article.byline}</span> : null}
        {article.isReference ? <ReferenceBadge /> : null}
        {article.url ? (
          <a href={article.url} className="text-blue-800 underline-offset-2 hover:underline" rel="noreferrer">
            original page
          </a>
        ) : null}
      </p>
      <h2 className="sr-only">Text as imported</h2>
      <div data-testid="raw-text" className="rounded-lg border border-stone-200 bg-white p-4 font-serif text-base leading-relaxed whitespace-pre-wrap">
        {article.rawText}
      </div>
    </article>
  );
}
