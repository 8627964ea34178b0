import Link from "next/link";
import type { RevisedArticle } from "@/lib/server/queries/list-revised-articles";

/** A small "revised" mark for an article whose page changed after first capture, linking to its revisions. */
export function RevisedMark({ article }: { article: Pick<RevisedArticle, "id" | "outlet" | "revisions"> }) {
  return (
    <Link
      href={`/articles/${article.id}/revisions`}
      prefetch={false}
      className="ml-1 whitespace-nowrap rounded border border-amber-500 bg-amber-50 px-1 text-xs font-normal text-amber-950 underline-offset-2 hover:underline"
      aria-label={`${article.outlet}: revised after first capture, ${article.revisions} revisions`}
    >
      ✎ revised
    </Link>
  );
}
