import type { ArticleImport } from "@/lib/validation/article-import";
import { extractArticleTextInWorker, formatOfFileName, type InputFormat } from "./extract-article-text";
import { guessOutletName, type OutletGuessSource } from "./guess-outlet-name";
import { hashContent } from "./hash-content";
import { InputError } from "./input-error";
import { normalizeArticleText } from "./normalize-article-text";
import { decodeArticleText } from "./read-text-file";

export type { InputFormat };

/** An incoming article checked and reduced to the text the engine analyses, ready to store. */
export interface PreparedArticle {
  /** How errors name it: `Article 3 (reuters.html)`, as the form numbers its fieldsets. */
  where: string;
  /** What the engine reads and every offset indexes into. */
  rawText: string;
  /** The input as supplied when rawText was extracted from it (HTML, Markdown); null for plain text. */
  rawInput: string | null;
  inputFormat: InputFormat;
  contentHash: string;
  sourceFile: string | null;
  title: string;
  byline: string | null;
  url: string | null;
  capturedFrom: string | null;
  sourceNotes: string | null;
  publishedAt: Date | null;
  /** The outlet as given, its name guessed from the page or the URL when the import left it out. */
  outlet: NonNullable<ArticleImport["outlet"]> & { name: string };
  /** Where the outlet's name was guessed from; null when the import gave it. */
  outletGuess: OutletGuessSource | null;
  isReference: boolean;
}

/** Longest title taken from the first line of a text when none is given. */
const MAX_FALLBACK_TITLE_CHARS = 200;

/**
 * `Article 3 (reuters.html)`: the position in the batch counted from 1, as the form numbers its
 * fieldsets ("Article 1", "Article 2" …), plus the file name when there is one.
 */
export function describeImportArticle(article: Pick<ArticleImport, "file">, index: number): string {
  return `Article ${index + 1}${article.file ? ` (${article.file.name})` : ""}`;
}

function formatOf(article: ArticleImport): InputFormat {
  if (article.html !== undefined) return "html";
  return article.file ? formatOfFileName(article.file.name) : "text";
}

/**
 * Checks one validated article's content (size, binary, empty; an HTML page must hold a
 * readable article) and extracts the text to analyse. Throws an InputError naming the article
 * and the field; touches no database.
 */
export async function prepareImportArticle(article: ArticleImport, index: number): Promise<PreparedArticle> {
  const where = describeImportArticle(article, index);
  const field = article.html !== undefined ? "html" : article.file ? "file" : "text";
  const source = article.html ?? article.text ?? article.file?.content ?? "";
  const bytes = typeof source === "string" ? new TextEncoder().encode(source) : source;
  let input: string;
  try {
    input = normalizeArticleText(decodeArticleText(bytes, where));
  } catch (error) {
    if (error instanceof InputError) throw new InputError(error.message.replace(`${where}: `, ""), where, field);
    throw error;
  }

  const inputFormat = formatOf(article);
  const extracted = await extractArticleTextInWorker(input, inputFormat, where, field);
  const rawText = extracted.text;
  const rawInput = inputFormat === "text" ? null : input;
  const [extractedTitle, extractedByline] = [extracted.title, extracted.byline];

  const firstLine = rawText.trim().split("\n", 1)[0]?.trim().slice(0, MAX_FALLBACK_TITLE_CHARS) || null;
  const title = article.title ?? extractedTitle ?? firstLine;
  if (!title) throw new InputError("is required (the text has no first line to take it from)", where, "title");
  const given = article.outlet?.name;
  const guess = given ? null : guessOutletName({ siteName: extracted.siteName, applicationName: extracted.applicationName, url: article.url });
  const outletName = given ?? guess?.name;
  if (!outletName) throw new InputError("is required: give the outlet's name (the article names none: no og:site_name or application-name in an HTML page, no URL)", where, "outlet");
  return {
    where,
    rawText,
    rawInput,
    inputFormat,
    contentHash: hashContent(rawText),
    sourceFile: article.file?.name ?? null,
    title,
    byline: article.byline ?? extractedByline,
    url: article.url ?? null,
    capturedFrom: article.capturedFrom ?? null,
    sourceNotes: article.notes ?? null,
    publishedAt: article.publishedAt === undefined ? null : new Date(article.publishedAt),
    outlet: { ...article.outlet, name: outletName },
    outletGuess: guess?.source ?? null,
    isReference: article.isReference,
  };
}
