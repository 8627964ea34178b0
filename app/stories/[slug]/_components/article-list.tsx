import Link from "next/link";
import { formatDate } from "@/app/_components/format-date";
import { ReferenceBadge } from "@/app/_components/reference-badge";
import { TextProvenance } from "@/app/_components/text-provenance";
import type { MatrixColumn } from "@/lib/server/queries/get-story-matrix";
import { listArticleSources } from "@/lib/server/queries/list-article-sources";
import { listRevisedArticles } from "@/lib/server/queries/list-revised-articles";
import { RevisedMark } from "./revised-mark";

/**
 * The story's articles on this page of outlets, reference first, then in the page's order, each
 * linking to its reader and (derivatives) to the outlet's changes, with where its text came from.
 * On a phone each row is a card (outlet, kind and date, then the title link), so the links stay
 * on screen. An article whose page changed after first capture is marked "revised", linking to
 * its revisions.
 */
export async function ArticleList({ articles, slug, storyId, canEdit }: { articles: readonly MatrixColumn[]; slug: string; storyId: string; canEdit: boolean }) {
  const sorted = [...articles].sort((a, b) => Number(b.isReference) - Number(a.isReference));
  const [sources, revised] = await Promise.all([listArticleSources(sorted.map((article) => article.articleId)), listRevisedArticles(storyId)]);
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
  const cell = "px-3 py-2 align-top max-sm:block max-sm:px-0 max-sm:py-0.5";
  return (
    <div className="rounded-lg border border-stone-200 bg-white sm:overflow-x-auto">
      <table className="w-full text-left text-sm max-sm:block">
        <thead className="bg-stone-100 text-stone-700 max-sm:sr-only">
          <tr>
            <th scope="col" className="px-3 py-2">Outlet</th>
            <th scope="col" className="px-3 py-2">Title</th>
            <th scope="col" className="px-3 py-2">Kind</th>
            <th scope="col" className="px-3 py-2">Published</th>
            <th scope="col" className="px-3 py-2">Changes</th>
            {canEdit ? (
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">Reference</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200 max-sm:block">
          {sorted.map((article) => {
            const source = sources.get(article.articleId);
            return (
              <tr key={article.articleId} data-testid="article-row" className={`max-sm:block max-sm:px-3 max-sm:py-2 ${article.isReference ? "bg-amber-50/60" : ""}`}>
                <td className={`${cell} font-medium`}>
                  {article.outletName} {article.isReference ? <ReferenceBadge /> : null}
                  {revisedById.has(article.articleId) ? <RevisedMark article={revisedById.get(article.articleId)!} /> : null}
                  <span className="block text-xs font-normal text-stone-600 sm:hidden">
                    {article.outletKind} · <time dateTime={article.publishedAt?.toISOString()}>{formatDate(article.publishedAt)}</time>
                  </span>
                </td>
                <td className={`${cell} sm:min-w-[14rem]`}>
                  <Link href={`/articles/${article.articleId}`} prefetch={false} className="text-blue-800 underline-offset-2 hover:underline">
                    {article.title}
                  </Link>
                  {source ? <TextProvenance {...source} isCompact className="mt-1 grid gap-0.5" /> : null}
                </td>
                <td className="hidden px-3 py-2 align-top text-stone-700 sm:table-cell">{article.outletKind}</td>
                <td className="hidden whitespace-nowrap px-3 py-2 align-top text-stone-700 sm:table-cell">
                  <time dateTime={article.publishedAt?.toISOString()}>{formatDate(article.publishedAt)}</time>
                </td>
                <td className={cell}>
                  {article.isReference ? null : (
                    <Link href={`/stories/${slug}/outlets/${article.outletId}`} prefetch={false} className="whitespace-nowrap text-blue-800 underline underline-offset-2" aria-label={`What ${article.outletName} changed`}>
                      What it changed
                    </Link>
                  )}
                </td>
                {canEdit ? (
                  <td className={cell}>
                    {article.isReference ? null : (
                      <Link href={`/stories/${slug}/reference/${article.articleId}`} prefetch={false} aria-label={`Make ${article.outletName} the reference`} className="whitespace-nowrap rounded border border-stone-400 bg-white px-2 py-0.5 text-xs font-medium text-stone-900 no-underline hover:bg-stone-100">
                        Make reference
                      </Link>
                    )}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
