import { z } from "zod";

/** Kinds of outlet a story's articles come from. */
export const outletKinds = ["wire", "newspaper", "broadcaster", "blog", "aggregator", "other"] as const;
export const outletKindSchema = z.enum(outletKinds, {
  error: (issue) => `${JSON.stringify(issue.input)} is not an outlet kind; use one of ${outletKinds.join(", ")}`,
});
export type OutletKind = z.infer<typeof outletKindSchema>;

/** A calendar date ("2025-08-01") or a full ISO timestamp; refused unless it is a real date. */
export const publishedAtSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, { message: "must be a date like 2025-08-01", abort: true })
  .refine((value) => {
    const date = new Date(value);
    // new Date("2025-02-30") rolls over to March; compare the calendar part to refuse it.
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value.slice(0, 10);
  }, "is not a real calendar date");

/** Story slugs are URL path segments: lower-case words joined by hyphens. */
export const slugSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens");

export const manifestArticleSchema = z.strictObject({
  /** File name inside the story folder, kept as captured. */
  file: z.string().min(1).regex(/^[^/\\]+$/, "must be a file name inside the story folder"),
  outlet: z.strictObject({
    name: z.string().trim().min(1),
    domain: z.string().trim().min(1).optional(),
    kind: outletKindSchema,
  }),
  title: z.string().trim().min(1),
  url: z.url({ protocol: /^https?$/ }),
  /** The page the text was captured from, when it differs from `url` (e.g. a republication). */
  capturedFrom: z.url({ protocol: /^https?$/ }).optional(),
  publishedAt: publishedAtSchema,
  /** When the text was captured (a date or an ISO datetime); the import time when absent. */
  capturedAt: publishedAtSchema.optional(),
  byline: z.string().trim().min(1).optional(),
  notes: z.string().optional(),
});

/** `seeds/<slug>/manifest.json`: one story, its reference and its articles. */
export const storyManifestSchema = z
  .strictObject({
    slug: slugSchema,
    title: z.string().trim().min(1),
    /** The file name of the reference article; must be one of `articles[].file`. */
    reference: z.string().min(1),
    articles: z.array(manifestArticleSchema).min(1),
  })
  .superRefine((manifest, ctx) => {
    const files = manifest.articles.map((article) => article.file);
    if (!files.includes(manifest.reference)) {
      ctx.addIssue({
        code: "custom",
        path: ["reference"],
        message: `"${manifest.reference}" is not one of the articles' files (${files.join(", ")})`,
      });
    }
    files.forEach((file, index) => {
      if (files.indexOf(file) !== index) {
        ctx.addIssue({ code: "custom", path: ["articles", index, "file"], message: `"${file}" is listed twice` });
      }
    });
  });

export type StoryManifest = z.infer<typeof storyManifestSchema>;
export type ManifestArticle = z.infer<typeof manifestArticleSchema>;
