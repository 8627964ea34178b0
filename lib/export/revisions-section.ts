import type { AnalyzedRevision } from "@/lib/revisions";
import { markdownText } from "./markdown-text";

export interface ArticleRevisionsInput {
  articleId: string;
  outlet: string;
  title: string;
  revisions: AnalyzedRevision[];
}

/** The JSON export's `revisions`: every revision of every article with its labels and its changes from the one before. */
export function buildRevisionsSection(articles: ArticleRevisionsInput[]) {
  return articles.map((article) => ({
    articleId: article.articleId,
    outlet: article.outlet,
    title: article.title,
    revisions: article.revisions.map((revision) => ({
      number: revision.number,
      capturedAt: revision.capturedAt.toISOString(),
      labels: revision.labels,
      trivialChanges: revision.trivialCount,
      changes: revision.changes?.map((change) => ({ kind: change.kind, claimId: change.claimId, claimText: change.claimText, from: change.before?.label ?? null, to: change.after?.label ?? null, summary: change.summary })) ?? null,
    })),
  }));
}

/** The Markdown export's "Changes after publication" section (no lines when no article changed a claim after first capture). */
export function formatRevisionsMarkdown(articles: ArticleRevisionsInput[]): string[] {
  const changed = articles.filter((article) => article.revisions.length > 1);
  if (changed.length === 0) return [];
  const lines = ["## Changes after publication", ""];
  for (const article of changed) {
    lines.push(`### ${markdownText(article.outlet)}: ${markdownText(article.title)}`, "");
    for (const revision of article.revisions.slice(1)) {
      const count = revision.changes?.length ?? 0;
      lines.push(`- Revision ${revision.number} (captured ${revision.capturedAt.toISOString()}): ${revision.changes === null ? "not analysed" : count === 0 ? "no claim changed" : `${count} claim${count === 1 ? "" : "s"} changed`}${revision.trivialCount > 0 ? `, ${revision.trivialCount} trivial edit${revision.trivialCount === 1 ? "" : "s"}` : ""}`);
      for (const change of revision.changes ?? []) lines.push(`  - ${change.kind}: “${markdownText(change.claimText)}”${change.summary.length ? ` — ${markdownText(change.summary.join("; "))}` : ""}`);
    }
    lines.push("");
  }
  return lines;
}
