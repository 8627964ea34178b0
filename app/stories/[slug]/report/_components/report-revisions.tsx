import { formatExportDate } from "@/lib/export/format-export-date";
import type { ArticleRevisionsInput } from "@/lib/export/revisions-section";

/** "Changes after publication": each article captured more than once, revision by revision, with the claims that changed (as the Markdown export). */
export function ReportRevisions({
  articles,
}: {
  articles: readonly ArticleRevisionsInput[];
}) {
  const changed = articles.filter((article) => article.revisions.length > 1);
  return (
    <section
      aria-labelledby="report-revisions"
      className="grid gap-2 text-sm"
      data-testid="report-revisions"
    >
      <h2 id="report-revisions" className="text-lg font-semibold">
        Changes after publication
      </h2>
      {changed.length === 0 ? (
        <p>
          No article was captured again with a different text: each was read
          once{articles.length ? "" : " (no article yet)"}.
        </p>
      ) : (
        changed.map((article) => (
          <div key={article.articleId} className="ct-item grid gap-1">
            <h3 className="font-semibold">
              {article.outlet}: {article.title}
            </h3>
            <ul className="list-disc pl-5">
              {article.revisions.slice(1).map((revision) => {
                const count = revision.changes?.length ?? 0;
                return (
                  <li key={revision.number}>
                    Revision {revision.number}, captured{" "}
                    {formatExportDate(revision.capturedAt.toISOString())}:{" "}
                    {revision.changes === null
                      ? "not analysed"
                      : count === 0
                        ? "no claim changed"
                        : `${count} ${count === 1 ? "claim" : "claims"} changed`}
                    {revision.trivialCount > 0
                      ? `, ${revision.trivialCount} trivial ${revision.trivialCount === 1 ? "edit" : "edits"}`
                      : ""}
                    {count > 0 ? (
                      <ul className="list-[circle] pl-5">
                        {revision.changes!.map((change, index) => (
                          <li key={index}>
                            {change.kind}: “{change.claimText}”
                            {change.summary.length
                              ? ` — ${change.summary.join("; ")}`
                              : ""}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
