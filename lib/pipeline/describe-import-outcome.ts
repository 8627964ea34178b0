import type { ImportedArticle, ImportOutcome } from "./import-articles";

/** What one article's outcome means, as the CLI, the API and the form say it. */
export const IMPORT_OUTCOME_NAMES: Record<ImportOutcome, string> = {
  added: "added",
  revised: "new revision",
  unchanged: "unchanged, no new revision",
};

export interface ImportOutcomeSummary {
  counts: Record<ImportOutcome, number>;
  /**
   * One sentence naming the unchanged articles, or null when there are none: an import whose
   * articles the story already held with the same text says so instead of looking like it did
   * something (or failing as a duplicate).
   */
  unchangedMessage: string | null;
}

/** Counts an import's outcomes and words the unchanged ones (see {@link ImportOutcomeSummary}). */
export function summarizeImportOutcome(articles: readonly Pick<ImportedArticle, "outcome" | "outlet" | "title" | "revision">[]): ImportOutcomeSummary {
  const counts: Record<ImportOutcome, number> = { added: 0, revised: 0, unchanged: 0 };
  for (const article of articles) counts[article.outcome] += 1;
  const unchanged = articles.filter((article) => article.outcome === "unchanged");
  if (unchanged.length === 0) return { counts, unchangedMessage: null };
  const named = unchanged.map((article) => `${article.outlet}, "${article.title}" (revision ${article.revision})`).join("; ");
  const isAll = unchanged.length === articles.length;
  const subject = unchanged.length === 1 ? "The story already holds this text at this URL" : `The story already holds these ${unchanged.length} texts at their URLs`;
  return {
    counts,
    unchangedMessage: `Unchanged, no new revision: ${named}. ${subject}, so nothing was stored${isAll ? " or re-analysed" : " for them"}.`,
  };
}
