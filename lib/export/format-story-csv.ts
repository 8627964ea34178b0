import type { StoryExport } from "./story-export";

/** Columns of the CSV export, one row per appearance of a claim in a derivative article. */
export const CSV_COLUMNS = [
  "claim_id",
  "claim_kind",
  "claim",
  "outlet",
  "article_title",
  "article_url",
  "wording",
  "label",
  "machine_label",
  "editor_label",
  "reviewed",
  "stale",
  "reasons",
  "note",
  "start",
  "end",
] as const;

/** RFC 4180 field: quoted when it holds a comma, a quote, CR or LF; quotes doubled. */
export function formatCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Text from the articles is third-party input: a cell starting with =, +, -, @, a tab or a CR is
 * run as a formula by spreadsheet programs (CSV injection). Such a cell gets a leading apostrophe,
 * which spreadsheets hide and which shows the text as written (OWASP's advice).
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The story's appearances as RFC 4180 CSV (CRLF line ends, a header row): claim, outlet, article
 * URL, the label in force with the machine's and the editor's beside it, the reasons, the editor
 * note and the offsets into the article's text. The reference's own wordings are not rows: they
 * are what every row is compared with (the claim column).
 */
export function formatStoryCsv(data: StoryExport): string {
  const articles = new Map(data.articles.map((article, index) => [article.id, { article, index }]));
  const rows: string[][] = [];
  for (const claim of data.claims) {
    const appearances = claim.appearances
      .filter((appearance) => !articles.get(appearance.articleId)?.article.isReference)
      .sort((a, b) => (articles.get(a.articleId)?.index ?? 0) - (articles.get(b.articleId)?.index ?? 0) || a.start - b.start);
    for (const appearance of appearances) {
      const article = articles.get(appearance.articleId)?.article;
      rows.push([
        claim.reportId,
        claim.isNew ? "new" : claim.kind,
        claim.text,
        article?.outlet.name ?? "",
        article?.title ?? "",
        article?.url ?? "",
        appearance.text,
        appearance.label ?? "",
        appearance.machineLabel ?? "",
        appearance.editorLabel ?? "",
        appearance.isReviewed ? "yes" : "no",
        appearance.isStale || claim.isStale ? "yes" : "no",
        appearance.reasons.map((reason) => `${reason.code}: ${reason.detail}`).join("; "),
        [appearance.editorNote, ...appearance.notes].filter(Boolean).join("\n"),
        String(appearance.start),
        String(appearance.end),
      ]);
    }
  }
  return [[...CSV_COLUMNS], ...rows].map((row) => `${row.map((cell) => formatCsvField(neutralizeFormula(cell))).join(",")}\r\n`).join("");
}
