import { z } from "zod";
import { cleanName, normalizeDomain } from "./clean-name";
import { outletKindSchema, publishedAtSchema, slugSchema } from "./story-manifest";

/** A name, title or byline as readers will see it (cleanName: NFKC, no invisible or bidi controls), then bounded. */
const cleanText = (max: number) => z.string().transform(cleanName).pipe(z.string().min(1, "is empty once invisible characters are removed").max(max));

/** A bare host name through the URL parser (lowercase, IDN as punycode). */
const domainSchema = z.string().transform((value, ctx) => {
  const domain = normalizeDomain(value);
  if (domain === null) {
    ctx.addIssue({ code: "custom", message: "must be a domain such as example.com (no path, port or user)" });
    return z.NEVER;
  }
  return domain;
});

/** File types an import accepts, by extension: plain text, Markdown and HTML pages. */
export const IMPORT_FILE_EXTENSIONS = ["txt", "md", "markdown", "html", "htm"] as const;

/**
 * Articles in one import. A batch is one transaction plus one analysis run; 500 derivatives
 * analyse in well under a minute (npm run bench) and keep the write transaction in seconds.
 */
export const MAX_IMPORT_ARTICLES = 500;

const httpUrlSchema = z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://example.com/story" });

/** An uploaded file: its name (the extension decides how it is read) and its bytes or text. */
export const importFileSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .regex(new RegExp(`\\.(${IMPORT_FILE_EXTENSIONS.join("|")})$`, "i"), "must end in .txt, .md, .html or .htm"),
  content: z.union([z.string(), z.instanceof(Uint8Array)], { error: "must be the file's text or bytes" }),
});

/**
 * The outlet an article comes from: `{ name }` (or just the name) picks an existing outlet;
 * `{ name, kind, domain? }` creates it when no outlet has that name yet.
 */
export const importOutletSchema = z.preprocess(
  (value) => {
    const outlet = typeof value === "string" ? { name: value } : value;
    // A blank name (the form's empty field) is no name: the import guesses it from the page.
    if (outlet && typeof outlet === "object" && "name" in outlet && typeof outlet.name === "string" && outlet.name.trim() === "") {
      const { name: _blank, ...rest } = outlet;
      return rest;
    }
    return outlet;
  },
  z.strictObject({
    /** Optional: left out, it is guessed from the HTML page (og:site_name, application-name) or the URL's domain. */
    name: cleanText(200).optional(),
    domain: domainSchema.pipe(z.string().max(253)).optional(),
    kind: outletKindSchema.optional(),
  }),
);

/** One incoming article: exactly one of pasted `text`, pasted `html` or an uploaded `file`. */
export const articleImportSchema = z
  .strictObject({
    text: z.string().optional(),
    html: z.string().optional(),
    file: importFileSchema.optional(),
    /** Optional only in the sense that an HTML page or a URL may name it (guessOutletName); else the import asks for it. */
    outlet: importOutletSchema.optional(),
    /** Falls back to the HTML page's title or the text's first line. */
    title: cleanText(500).optional(),
    /** Where it was published; optional (pasted text often has none), but a real http(s) URL when given. */
    url: httpUrlSchema.optional(),
    /** Optional; a real calendar date when given. Undated articles sort after dated ones. */
    publishedAt: publishedAtSchema.optional(),
    byline: cleanText(300).optional(),
    /** The page the text was captured from when it is not `url` (a republication). */
    capturedFrom: httpUrlSchema.optional(),
    /** Where the text came from and what is odd about it, shown to readers with the article. */
    notes: z.string().trim().min(1).max(2_000).optional(),
    /** When the page was captured (a date or an ISO datetime); the import time when absent. A re-import is a new revision. */
    capturedAt: publishedAtSchema.optional(),
    isReference: z.boolean().default(false),
  })
  .superRefine((article, ctx) => {
    const sources = (["text", "html", "file"] as const).filter((key) => article[key] !== undefined);
    if (sources.length !== 1) {
      ctx.addIssue({
        code: "custom",
        path: sources.length === 0 ? ["text"] : [sources[1] ?? "text"],
        message: sources.length === 0 ? "give the article as text, html or an uploaded file" : `give one of text, html or file, not ${sources.join(" and ")}`,
      });
    }
  });

/** Where an import goes: an existing story by slug, or a new one (slug generated from the title when absent). */
export const importRequestSchema = z
  .strictObject({
    storySlug: slugSchema.optional(),
    newStory: z.strictObject({ title: z.string().trim().min(1).max(300), slug: slugSchema.optional() }).optional(),
    articles: z.array(articleImportSchema).min(1, "give at least one article").max(MAX_IMPORT_ARTICLES, `at most ${MAX_IMPORT_ARTICLES} articles per import`),
  })
  .superRefine((request, ctx) => {
    if ((request.storySlug === undefined) === (request.newStory === undefined)) {
      ctx.addIssue({ code: "custom", path: ["storySlug"], message: "give either storySlug (an existing story) or newStory, not both or neither" });
    }
    const references = request.articles.flatMap((article, index) => (article.isReference ? [index] : []));
    for (const index of references.slice(1)) {
      ctx.addIssue({ code: "custom", path: ["articles", index, "isReference"], message: `only one article can be the reference (articles[${references[0]}] already is)` });
    }
  });

export type ArticleImportInput = z.input<typeof articleImportSchema>;
export type ArticleImport = z.output<typeof articleImportSchema>;
export type ImportRequestInput = z.input<typeof importRequestSchema>;
export type ImportRequest = z.output<typeof importRequestSchema>;

/** Changing a story's reference: the article that becomes it. */
export const setReferenceSchema = z.strictObject({ storySlug: slugSchema, articleId: z.string().trim().min(1).max(40) });
