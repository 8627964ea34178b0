import Link from "next/link";
import type { ArticleRevisionsView } from "@/lib/server/queries/get-article-revisions";
import { formatDateTime } from "@/app/_components/format-date";

/** Every revision in import order with its capture time and how many claims changed from the one before. */
export function RevisionTimeline({ articleId, revisions }: { articleId: string; revisions: ArticleRevisionsView["revisions"] }) {
  return (
    <ol className="grid gap-2 border-l-2 border-stone-300 pl-4" aria-label="Revision timeline">
      {revisions.map((revision, index) => {
        const changed = revision.changes?.length ?? null;
        return (
          <li key={revision.number} className="text-sm">
            <span className="font-semibold">Revision {revision.number}</span> · captured{" "}
            <time dateTime={revision.capturedAt.toISOString()}>{formatDateTime(revision.capturedAt)}</time>
            {index === 0 ? <span className="text-stone-600"> · first capture</span> : null}
            {index > 0 && changed !== null ? (
              <>
                {" · "}
                <Link href={`/articles/${articleId}/revisions?from=${revisions[index - 1]!.number}&to=${revision.number}`} className="text-blue-800 underline underline-offset-2">
                  {changed === 0 ? "no claim changed" : `${changed} claim${changed === 1 ? "" : "s"} changed`}
                </Link>
                {revision.trivialCount > 0 ? <span className="text-stone-600"> (+{revision.trivialCount} trivial)</span> : null}
              </>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
