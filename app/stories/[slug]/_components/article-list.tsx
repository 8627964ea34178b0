import Link from "next/link";
import { formatDate } from "@/app/_components/format-date";
import { ReferenceBadge } from "@/app/_components/reference-badge";
import type { MatrixColumn } from "@/lib/server/queries/get-story-matrix";
import { listArticleOutlets } from "@/lib/server/queries/list-article-outlets";
import { listRevisedArticles } from "@/lib/server/queries/list-revised-articles";
import { MakeReferenceButton } from "./make-reference-button";
import { RevisedMark } from "./revised-mark";

/**
 * The story's articles, reference first, then by publication date, each linking to its reader and
 * (derivatives) to the outlet's changes. On a phone the title comes right after the outlet and the
 * kind and date fold under the outlet's name, so the links stay on screen. An article whose page
 * changed after first capture is marked "revised", linking to its revisions.
 */
export async function ArticleList({ articles, slug, storyId, canEdit }: { articles: readonly MatrixColumn[]; slug: string; storyId: string; canEdit: boolean }) {
  const sorted = [...articles].sort(
    (a, b) =>
      Number(b.isReference) - Number(a.isReference) ||
      (a.publishedAt?.getTime() ?? Infinity) - (b.publishedAt?.getTime() ?? Infinity) ||
      a.addedAt.getTime() - b.addedAt.getTime(),
  );
  const [outlets, revised] = await Promise.all([listArticleOutlets(sorted.map((article) => article.articleId)), listRevisedArticles(storyId)]);
  const revisedById = new Map(revised.map((article) => [article.id, article]));
  if (sorted.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-stone-400 bg-white p-4 text-sm text-stone-700">
        No articles in this story yet.{" "}
        {canEdit ? (
          <>
            <Link href={`/stories/${slug}/articles/new`}>Add them</Link>: paste their text or upload files, and mark the reference.
          </>
        ) : (
          <>An editor adds them here (pasted or uploaded), or <code>npm run import -- DIR</code> reads a story folder.</>
        )}
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2">Outlet</th>
            <th scope="col" className="px-3 py-2">Title</th>
            <th scope="col" className="hidden px-3 py-2 sm:table-cell">Kind</th>
            <th scope="col" className="hidden px-3 py-2 sm:table-cell">Published</th>
            <th scope="col" className="px-3 py-2">Changes</th>
            {canEdit ? (
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">Reference</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {sorted.map((article) => (
            <tr key={article.articleId} data-testid="article-row" className={article.isReference ? "bg-amber-50/60" : undefined}>
              <td className="px-3 py-2 align-top font-medium">
                {article.outletName} {article.isReference ? <ReferenceBadge /> : null}
                {revisedById.has(article.articleId) ? <RevisedMark article={revisedById.get(article.articleId)!} /> : null}
                <span className="block text-xs font-normal text-stone-600 sm:hidden">
                  {article.outletKind} · <time dateTime={article.publishedAt?.toISOString()}>{formatDate(article.publishedAt)}</time>
                </span>
              </td>
              <td className="px-3 py-2 align-top sm:min-w-[14rem]">
                <Link href={`/articles/${article.articleId}`} prefetch={false} className="text-blue-800 underline-offset-2 hover:underline">
                  {article.title}
                </Link>
              </td>
              <td className="hidden px-3 py-2 align-top text-stone-700 sm:table-cell">{article.outletKind}</td>
              <td className="hidden whitespace-nowrap px-3 py-2 align-top text-stone-700 sm:table-cell">
                <time dateTime={article.publishedAt?.toISOString()}>{formatDate(article.publishedAt)}</time>
              </td>
              <td className="px-3 py-2 align-top">
                {article.isReference || !outlets.has(article.articleId) ? null : (
                  <Link href={`/stories/${slug}/outlets/${outlets.get(article.articleId)}`} prefetch={false} className="whitespace-nowrap text-blue-800 underline underline-offset-2" aria-label={`What ${article.outletName} changed`}>
                    What it changed
                  </Link>
                )}
              </td>
              {canEdit ? <td className="px-3 py-2">{article.isReference ? null : <MakeReferenceButton slug={slug} articleId={article.articleId} outletName={article.outletName} />}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
