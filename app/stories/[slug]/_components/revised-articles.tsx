import Link from "next/link";
import { listRevisedArticles } from "@/lib/server/queries/list-revised-articles";

/** Marks the outlets whose article changed after first capture, each linking to its revisions. Renders nothing when none did. */
export async function RevisedArticles({ storyId }: { storyId: string }) {
  const revised = await listRevisedArticles(storyId);
  if (revised.length === 0) return null;
  return (
    <aside aria-label="Changed after first capture" className="rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm">
      <p className="font-semibold">Changed after first capture</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {revised.map((article) => (
          <li key={article.id}>
            <span aria-hidden="true">✎ </span>
            <Link href={`/articles/${article.id}/revisions`} className="text-blue-800 underline underline-offset-2">
              {article.outlet}: {article.revisions} revisions
            </Link>
          </li>
        ))}
      </ul>
    </aside>
  );
}
