import type { HtmlArticle } from "./extract-html-article";
import { HtmlLimitError } from "./html-limits";
import { loadHtmlExtractor } from "./load-html-extractor";
import { extractHtmlInWorker } from "./worker-pool";
import { InputError } from "./input-error";
import { stripMarkdown } from "./strip-markdown";

export type InputFormat = "text" | "markdown" | "html";

/** What an import keeps of its input: the text, and what the page says about itself (HTML only). */
export interface ExtractedArticle {
  text: string;
  title: string | null;
  byline: string | null;
  /** `og:site_name` and `application-name` of an HTML page, for guessing the outlet. */
  siteName?: string | null;
  applicationName?: string | null;
}

/** How a file is read, by its extension: web pages and Markdown are reduced to text, anything else is text. */
export function formatOfFileName(name: string): InputFormat {
  const extension = name.toLowerCase().split(".").pop();
  if (extension === "html" || extension === "htm") return "html";
  if (extension === "md" || extension === "markdown") return "markdown";
  return "text";
}

/**
 * The text the engine analyses (every offset indexes into it): a web page reduced to its article
 * with Readability, Markdown without its markup, plain text as it is. Throws an InputError naming
 * `where` (and `field`) when nothing readable is left.
 */
export async function extractArticleText(input: string, format: InputFormat, where: string, field?: string): Promise<ExtractedArticle> {
  if (format === "html") {
    const { extractHtmlArticle } = await loadHtmlExtractor();
    let extracted: HtmlArticle | null;
    try {
      extracted = extractHtmlArticle(input);
    } catch (error) {
      if (error instanceof HtmlLimitError) throw new InputError(error.message, where, field);
      throw error;
    }
    if (!extracted) throw new InputError("has no readable article (Readability found no article text in the page)", where, field);
    return extracted;
  }
  if (format === "markdown") {
    const text = stripMarkdown(input);
    if (!text.trim()) throw new InputError("is empty once the Markdown markup is removed", where, field);
    return { text, title: null, byline: null };
  }
  return { text: input, title: null, byline: null };
}

/**
 * extractArticleText with the HTML step on a worker thread (lib/pipeline/worker-pool.ts): what the
 * import and the analysis CLI use, so reading a large or slow page never holds the event loop.
 */
export async function extractArticleTextInWorker(input: string, format: InputFormat, where: string, field?: string): Promise<ExtractedArticle> {
  if (format !== "html") return extractArticleText(input, format, where, field);
  let extracted: HtmlArticle | null;
  try {
    extracted = await extractHtmlInWorker(input);
  } catch (error) {
    if (error instanceof HtmlLimitError || (error instanceof Error && /took longer than/.test(error.message))) throw new InputError(error.message, where, field);
    throw error;
  }
  if (!extracted) throw new InputError("has no readable article (Readability found no article text in the page)", where, field);
  return extracted;
}
