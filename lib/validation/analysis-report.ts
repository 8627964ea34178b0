import { z } from "zod";
import { LABELS, SENTENCE_LABELS } from "@/lib/analysis/labels";

/** Labels a derivative sentence can get. */
export const sentenceLabelSchema = z.enum(SENTENCE_LABELS);
export const labelSchema = z.enum(LABELS);
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

/** Where a stored article comes from; the JSON export adds it, `npm run analyze` has only files. */
const articleSourceFields = {
  articleId: z.string().optional(),
  outlet: z.string().optional(),
  url: z.string().nullable().optional(),
  /** The article's page in ClaimTrail (public or local address, see the story's `addresses`). */
  pageUrl: z.url().optional(),
  /** The page the text was captured from when it is not `url` (a republication). */
  capturedFrom: z.string().optional(),
  /** Where the text came from and what is odd about it. */
  sourceNotes: z.string().optional(),
  publishedAt: z.string().nullable().optional(),
};

/**
 * The verdict in force on one appearance of a claim (a claim × a span of a derivative): the
 * editor's label wins over the machine's, both kept. Added by the story JSON export.
 */
export const verdictSchema = z.object({
  claimId: z.string().min(1),
  /** The claim's page in ClaimTrail. */
  claimUrl: z.url().optional(),
  file: z.string(),
  text: z.string(),
  ...offsets,
  label: labelSchema.nullable(),
  machineLabel: labelSchema.nullable(),
  editorLabel: labelSchema.nullable(),
  isReviewed: z.boolean(),
  /** The latest analysis no longer finds it; kept because an editor worked on it. */
  isStale: z.boolean(),
  note: z.string().nullable(),
  notes: z.array(z.string()),
  editedAt: z.string().nullable(),
});

const articleRefSchema = z.object({ id: z.string(), outlet: z.string() });

/** The JSON export's `lineage` (lib/export/lineage-section.ts): each rewrite's likely source, with its evidence. */
export const lineageJsonSchema = z.object({
  minMargin: z.number(),
  links: z.array(
    z.object({
      article: articleRefSchema,
      source: articleRefSchema,
      score: z.number(),
      margin: z.number(),
      isUndecided: z.boolean(),
      runnerUp: articleRefSchema.extend({ score: z.number() }).nullable(),
      isOrderUncertain: z.boolean(),
      changeShare: z.number().min(0).max(1),
      change: z.string(),
      /** Typed by kind in lib/lineage (LineageEvidence); every item has a kind, a weight and words. */
      evidence: z.array(z.looseObject({ kind: z.string(), weight: z.number(), detail: z.string() })),
      sharedElsewhere: z.array(z.object({ key: z.string(), text: z.string(), articles: z.array(articleRefSchema), carrierCount: z.number().int() })),
    }),
  ),
  sharedDetails: z.array(z.object({ key: z.string(), carriers: z.array(z.object({ articleId: z.string(), outlet: z.string(), claimId: z.string(), text: z.string(), isFirstAppearance: z.boolean() })) })),
});

/** The JSON export's `revisions` (lib/export/revisions-section.ts): every stored revision of every article with its labels. */
export const revisionsJsonSchema = z.array(
  z.object({
    articleId: z.string(),
    outlet: z.string(),
    title: z.string(),
    revisions: z.array(
      z.object({
        number: z.number().int().min(1),
        capturedAt: z.string(),
        /** Sentences per label plus omitted reference claims; null for the reference or past the analysis cap. */
        labels: z.record(z.string(), z.number().int()).nullable(),
        trivialChanges: z.number().int(),
        changes: z.array(z.object({ kind: z.enum(["added", "dropped", "changed", "reworded"]), claimId: z.string(), claimText: z.string(), from: z.string().nullable(), to: z.string().nullable(), summary: z.array(z.string()) })).nullable(),
      }),
    ),
  }),
);

/**
 * The report printed by `npm run analyze` (shared/notes/labels.md). The story JSON export
 * (/api/stories/[slug]/export?format=json) uses the same shape plus the optional `story`,
 * article source fields, `verdicts`, `lineage` and `revisions`.
 */
export const analysisReportSchema = z.object({
  schemaVersion: z.literal(1),
  story: z
    .object({
      slug: z.string(),
      title: z.string(),
      analyzedAt: z.string().nullable(),
      /** The story page, at the configured public address (CLAIMTRAIL_PUBLIC_URL) or a local one. */
      url: z.url().optional(),
      /** "local" when the links point where this server listens, not at a public address. */
      addresses: z.enum(["public", "local"]).optional(),
      addressNote: z.string().optional(),
    })
    .optional(),
  reference: z.object({
    file: z.string(),
    ...articleSourceFields,
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
      ...articleSourceFields,
      title: z.string().nullable(),
      language: z.string(),
      warnings: z.array(z.string()),
      sentences: z.array(sentenceSchema),
      omitted: z.array(z.string()),
      excluded: z.array(excludedSchema),
    }),
  ),
  verdicts: z.array(verdictSchema).optional(),
  lineage: lineageJsonSchema.optional(),
  revisions: revisionsJsonSchema.optional(),
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
