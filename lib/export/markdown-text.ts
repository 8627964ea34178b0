/**
 * Third-party text (titles, outlet names, wordings, notes, reasons) as Markdown text: one line,
 * with `&`, `<` and `>` as character references, so raw HTML in an article (a `<script>`, an
 * `<img onerror>`) shows as text in every Markdown renderer instead of being passed through as HTML.
 * Every Markdown section of the exports (format-story-markdown, lineage-section, revisions-section) uses it.
 */
export function markdownText(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Markdown already escaped (a link), made safe inside a table cell. */
export function markdownPipes(markdown: string): string {
  return markdown.replace(/\|/g, "\\|");
}

/** A Markdown table cell from third-party text: escaped as markdownText() does, pipes escaped. */
export function markdownCell(text: string): string {
  return markdownPipes(markdownText(text));
}
