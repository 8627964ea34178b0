import Link from "next/link";
import { formatDate } from "@/app/_components/format-date";
import { LabelChip } from "@/app/_components/label-chip";
import { CHANGE_BAND_STYLES } from "@/app/_components/lineage-graph";
import { describeCopyChange, type LineageEvidence, type LineageLink } from "@/lib/lineage";
import type { LineageArticleView } from "@/lib/server/queries/get-story-lineage";

/** Evidence kinds shown, in this order (the order line is shown with the source). */
const SHOWN: readonly LineageEvidence["kind"][] = ["shared-detail", "shared-error", "shared-passage", "shared-omissions", "coverage", "source-changed", "reference-prior"];

/**
 * The lineage as a table (the graph's text equivalent): each derivative, its most likely source,
 * the score and margin, how much it changed, and the evidence with its weights.
 */
export function LineageTable({ articles, links }: { articles: readonly LineageArticleView[]; links: readonly LineageLink[] }) {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const name = (id: string) => byId.get(id)?.outlet ?? "unknown article";
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm" data-testid="lineage-table">
        <caption className="sr-only">Each derivative&apos;s most likely source, with score, margin, change and evidence</caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2">Article</th>
            <th scope="col" className="px-3 py-2">Most likely source</th>
            <th scope="col" className="px-3 py-2 text-right">Score (margin)</th>
            <th scope="col" className="px-3 py-2">Changed</th>
            <th scope="col" className="px-3 py-2">Evidence</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200 align-top">
          {links.map((link) => {
            const article = byId.get(link.articleId);
            const change = describeCopyChange(link.changeShare);
            const order = link.evidence.find((item) => item.kind === "order");
            return (
              <tr key={link.articleId} data-article={article?.outlet}>
                <th scope="row" className="px-3 py-2 font-medium">
                  <Link href={`/articles/${link.articleId}`} className="text-blue-800 underline underline-offset-2">
                    {name(link.articleId)}
                  </Link>
                  <div className="text-xs font-normal text-stone-600">{formatDate(article?.publishedAt ?? null)}</div>
                </th>
                <td className="px-3 py-2">
                  {link.isUndecided && link.runnerUp ? (
                    <strong>
                      {name(link.sourceId)} or {name(link.runnerUp.sourceId)}: undecided
                    </strong>
                  ) : (
                    <strong>{name(link.sourceId)}</strong>
                  )}
                  {order ? <div className="text-xs text-stone-600">{order.detail}</div> : null}
                  {link.runnerUp && !link.isUndecided ? (
                    <div className="text-xs text-stone-600">
                      runner-up: {name(link.runnerUp.sourceId)} ({link.runnerUp.score.toFixed(2)})
                    </div>
                  ) : null}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {link.score.toFixed(2)} ({link.margin.toFixed(2)})
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  <span style={{ color: CHANGE_BAND_STYLES[change.band].stroke }} aria-hidden="true">
                    {CHANGE_BAND_STYLES[change.band].icon}
                  </span>{" "}
                  {Math.round(link.changeShare * 100)}% {change.word}
                </td>
                <td className="px-3 py-2">
                  <EvidenceList evidence={link.evidence} />
                  {link.sharedElsewhere.length > 0 ? (
                    <div className="mt-1 text-stone-800">
                      Shares with other articles, not with its source (the reference lacks it; a common upstream?):
                      <ul className="ml-4 list-disc">
                        {link.sharedElsewhere.map((shared) => (
                          <li key={shared.key}>
                            “{shared.text}” — also in {shared.articleIds.map(name).join(", ")}
                            {shared.carrierCount > shared.articleIds.length ? ` and ${shared.carrierCount - shared.articleIds.length} more` : null}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                  {link.isUndecided && link.runnerUp ? (
                    <details className="mt-1">
                      <summary className="cursor-pointer text-blue-800">Evidence for {name(link.runnerUp.sourceId)}</summary>
                      <EvidenceList evidence={link.runnerUp.evidence} />
                    </details>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function EvidenceList({ evidence }: { evidence: readonly LineageEvidence[] }) {
  const shown = SHOWN.flatMap((kind) => evidence.filter((item) => item.kind === kind));
  return (
    <ul className="grid gap-1">
      {shown.map((item, index) => (
        <li key={index} className="text-stone-800">
          <span className="tabular-nums text-stone-600">{item.weight > 0 ? "+" : item.weight < 0 ? "−" : "±"}{Math.abs(item.weight).toFixed(2)}</span> {item.kind === "shared-error" ? <LabelChip label={item.label} size="xs" /> : null} {item.detail}
          {item.kind === "shared-passage" ? <q className="ml-1 font-serif italic">{item.text}</q> : null}
          {item.kind === "shared-detail" && item.sourceText !== item.text ? <span className="text-stone-600"> (there: “{item.sourceText}”)</span> : null}
          {item.kind === "shared-error" ? <span className="text-stone-600"> — “{item.text}”</span> : null}
        </li>
      ))}
    </ul>
  );
}
