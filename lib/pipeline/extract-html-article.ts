import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { HTML_LIMITS, measureHtml } from "./html-limits";

export interface HtmlArticle {
  /** The article's text: one paragraph (or heading, list item, quote) per block, separated by blank lines. */
  text: string;
  title: string | null;
  byline: string | null;
  /** The site's own name (`og:site_name`), for guessing the outlet when none is given. */
  siteName: string | null;
  /** `<meta name="application-name">`, the next guess for the outlet. */
  applicationName: string | null;
}

/**
 * Fewest letters an extracted article may have. Below about two sentences there is nothing to
 * compare claim by claim; pages that are only navigation, a cookie wall or a script shell come
 * out of Readability shorter than this.
 */
export const MIN_ARTICLE_LETTERS = 100;

/** Elements that start a new paragraph in the extracted text. */
const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER",
  "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "OL", "P", "PRE", "SECTION", "TABLE",
  "TD", "TH", "TR", "UL",
]);
const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME"]);

/** linkedom needs a whole document; a pasted fragment is wrapped in one. */
function toDocumentHtml(html: string): string {
  return /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

/**
 * Reduces an HTML page to its article with Mozilla Readability (over linkedom), then flattens
 * the article to plain text. Returns null when the page holds no readable article; throws an
 * HtmlLimitError, before any parsing, when the page passes a limit of HTML_LIMITS (depth,
 * elements, attributes), since parsing and scoring such a page could take minutes.
 */
export function extractHtmlArticle(html: string): HtmlArticle | null {
  const { exceeded } = measureHtml(html);
  if (exceeded) throw exceeded;
  const { document } = parseHTML(toDocumentHtml(html));
  // Read before Readability, which rewrites the document in place.
  const headline = document.querySelector("h1")?.textContent?.replace(/\s+/g, " ").trim() ?? "";
  const applicationName = [...document.querySelectorAll("meta[name]")].find((meta) => meta.getAttribute("name")?.toLowerCase() === "application-name")?.getAttribute("content")?.replace(/\s+/g, " ").trim() || null;
  // Readability's types ask for the DOM lib's Document; linkedom implements the parts it uses.
  // maxElemsToParse: Readability's own guard, a second line behind the scan above.
  const parsed = new Readability(document as unknown as Document, { maxElemsToParse: HTML_LIMITS.maxElements }).parse();
  if (!parsed?.content) return null;
  const body = flattenHtml(parsed.content);
  if ((body.match(/\p{L}/gu)?.length ?? 0) < MIN_ARTICLE_LETTERS) return null;
  // Readability drops the <h1> from the content; the headline is part of what the outlet said (a
  // pasted article starts with it too), so it is the text's first line unless already there.
  const text = headline && !body.startsWith(headline) ? `${headline}\n\n${body}` : body;
  const title = parsed.title?.replace(/\s+/g, " ").trim() ?? "";
  // "Headline | Site Name": Readability keeps the site name on short titles; the page's own
  // headline is the title when <title> contains it.
  const isHeadlineInTitle = headline !== "" && title.toLowerCase().includes(headline.toLowerCase());
  return {
    text,
    title: (isHeadlineInTitle ? headline : title) || headline || null,
    byline: cleanByline(parsed.byline),
    siteName: parsed.siteName?.replace(/\s+/g, " ").trim() || null,
    applicationName,
  };
}

/** "By: By Jane Doe" → "Jane Doe": the "By" a page prints (once or twice, with or without a colon) is not part of the name. */
export function cleanByline(byline: string | null | undefined): string | null {
  const cleaned = (byline ?? "").replace(/\s+/g, " ").trim().replace(/^(?:by\b\s*:?\s*)+/i, "").trim();
  return cleaned || null;
}

/** Block-level HTML → paragraphs separated by blank lines; whitespace inside a paragraph collapsed. */
export function flattenHtml(html: string): string {
  const { document } = parseHTML(toDocumentHtml(html));
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const paragraph = current.replace(/[ \t\f\r\u00a0]*\n[ \t\f\r\u00a0]*/g, "\n").replace(/[ \t\f\r\u00a0]+/g, " ").trim();
    if (paragraph) paragraphs.push(paragraph);
    current = "";
  };
  // An explicit stack instead of recursion: a deep tree cannot overflow the call stack. Each entry
  // is a node still to visit, or a marker to end a block once its children are done.
  type Step = { node: Node; isPre: boolean } | { endOfBlock: true };
  const root = document.body ?? document.documentElement;
  const pending: Step[] = Array.from(root.childNodes, (node) => ({ node, isPre: false })).reverse();
  for (let step = pending.pop(); step; step = pending.pop()) {
    if ("endOfBlock" in step) {
      flush();
      continue;
    }
    const { node, isPre } = step;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? "";
      current += isPre ? value : value.replace(/\s+/g, " ");
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    if (tag === "BR") {
      current += "\n";
      continue;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) {
      flush();
      pending.push({ endOfBlock: true });
    }
    const childIsPre = isPre || tag === "PRE";
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i -= 1) pending.push({ node: children[i]!, isPre: childIsPre });
  }
  flush();
  return paragraphs.join("\n\n");
}
