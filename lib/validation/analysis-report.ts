import { z } from "zod";

/** Labels a derivative sentence can get. */
export const sentenceLabelSchema = z.enum(["faithful", "softened", "hardened", "altered", "added", "invented"]);
export const labelSchema = z.enum([...sentenceLabelSchema.options, "omitted"]);
export const detailTypeSchema = z.enum(["figure", "time", "sourcing", "quote", "actor", "place", "condition"]);
export const exclusionReasonSchema = z.enum([
  "navigation",
  "related-links",
  "share-prompt",
  "photo-credit",
  "author-box",
  "comments",
  "advertisement",
  "legal",
  "unrelated-story",
]);

const offsets = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

export const reasonSchema = z.object({
  code: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  detail: z.string().min(1),
  evidence: z.object({ reference: z.string().optional(), derivative: z.string().optional() }).optional(),
});

const excludedSchema = z.object({ text: z.string(), ...offsets, reason: exclusionReasonSchema });

export const reportClaimSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(["statement", "detail"]),
  parentId: z.string().optional(),
  detailType: detailTypeSchema.optional(),
  text: z.string().min(1),
  ...offsets,
});

const detailSchema = z.object({
  claimId: z.string().min(1),
  text: z.string().min(1),
  ...offsets,
  label: sentenceLabelSchema,
  reasons: z.array(reasonSchema),
});

const sentenceSchema = z.object({
  text: z.string().min(1),
  ...offsets,
  label: sentenceLabelSchema,
  confidence: z.number().min(0).max(1),
  reasons: z.array(reasonSchema).min(1),
  matches: z.array(z.object({ claimId: z.string(), score: z.number().min(0).max(1) })),
  details: z.array(detailSchema),
});

/** The report printed by `npm run analyze` (shared/notes/labels.md). */
export const analysisReportSchema = z.object({
  schemaVersion: z.literal(1),
  reference: z.object({
    file: z.string(),
    title: z.string().nullable(),
    language: z.string(),
    claims: z.array(reportClaimSchema),
    excluded: z.array(excludedSchema),
  }),
  newClaims: z.array(
    z.object({
      id: z.string(),
      kind: z.literal("detail"),
      detailType: detailTypeSchema,
      text: z.string().min(1),
      label: z.enum(["added", "invented"]),
      files: z.array(z.string()).min(1),
    }),
  ),
  articles: z.array(
    z.object({
      file: z.string(),
      title: z.string().nullable(),
      language: z.string(),
      warnings: z.array(z.string()),
      sentences: z.array(sentenceSchema),
      omitted: z.array(z.string()),
      excluded: z.array(excludedSchema),
    }),
  ),
});

export type AnalysisReportInput = z.input<typeof analysisReportSchema>;

/** One line of `--pairs` output. */
export const pairResultSchema = z.object({
  label: sentenceLabelSchema,
  confidence: z.number().min(0).max(1),
  reasons: z.array(reasonSchema).min(1),
});

/** One line of `--pairs` input. */
export const pairInputSchema = z.object({ reference: z.string().min(1), derivative: z.string().min(1) });
