import type { ArticleImportInput, ImportRequestInput } from "./article-import";

/**
 * The add-articles form's field names, shared by the form (which renders them), the server action
 * and the API route (which read them). Article `i`'s fields are `articles.i.<name>`; the radio
 * `reference` holds the index of the article that becomes the story's reference.
 */
export const ARTICLE_FIELDS = ["text", "format", "file", "outlet", "outletKind", "outletDomain", "url", "publishedAt", "capturedAt", "title", "byline"] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];
export const articleFieldName = (index: number, field: ArticleField) => `articles.${index}.${field}`;
export const REFERENCE_FIELD = "reference";
/**
 * The story the form adds to, as a hidden field for the server action. Not bound into the action
 * (`action.bind(null, slug)`): React checks a bound action's arguments, a promise, when it renders
 * the answer to a form posted without JavaScript, and each retry binds a new pending one, so the
 * render never finished and held a CPU for good.
 */
export const STORY_FIELD = "storySlug";

/** Articles one form may carry: the import's own cap applies after this (see MAX_IMPORT_ARTICLES). */
const MAX_FORM_ARTICLES = 500;

const textOf = (form: FormData, name: string): string | undefined => {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
};

/** Pasted text in the format the editor chose (Markdown goes through the importer's .md reading), or the uploaded file. */
function sourceOf(file: { name: string; content: Uint8Array<ArrayBuffer> } | undefined, text: string, format: string | undefined): Pick<ArticleImportInput, "text" | "html" | "file"> {
  if (file) return { file };
  if (format === "html") return { html: text };
  if (format === "markdown") return { file: { name: "pasted.md", content: text } };
  return { text };
}

/**
 * Turns the add-articles form into an import request for `storySlug`. Only shapes the input:
 * importArticles validates it and reports every problem by article and field. Empty fields are
 * absent; an article with neither text nor a file is kept (and refused there) unless it is a
 * blank trailing row the form added.
 */
export async function readImportForm(form: FormData, storySlug: string): Promise<ImportRequestInput> {
  const indexes = new Set<number>();
  for (const key of form.keys()) {
    const match = /^articles\.(\d+)\./.exec(key);
    if (match) indexes.add(Number(match[1]));
  }
  const reference = textOf(form, REFERENCE_FIELD);
  const articles: ArticleImportInput[] = [];
  for (const index of [...indexes].sort((a, b) => a - b).slice(0, MAX_FORM_ARTICLES)) {
    const field = (name: ArticleField) => textOf(form, articleFieldName(index, name));
    const upload = form.get(articleFieldName(index, "file"));
    const file = upload instanceof File && upload.size > 0 ? { name: upload.name, content: new Uint8Array(await upload.arrayBuffer()) } : undefined;
    const text = field("text");
    const isBlank = !file && !text && !field("outlet") && !field("url") && !field("title");
    if (isBlank) continue;
    const outletName = field("outlet") ?? "";
    const kind = field("outletKind");
    const domain = field("outletDomain");
    // Any string passes here: the import schema refuses an unknown kind by name.
    const outlet = (kind || domain ? { name: outletName, ...(kind ? { kind } : {}), ...(domain ? { domain } : {}) } : outletName) as ArticleImportInput["outlet"];
    articles.push({
      ...sourceOf(file, text ?? "", field("format")),
      outlet,
      url: field("url"),
      publishedAt: field("publishedAt"),
      capturedAt: field("capturedAt"),
      title: field("title"),
      byline: field("byline"),
      isReference: reference === String(index),
    });
  }
  return { storySlug, articles };
}
