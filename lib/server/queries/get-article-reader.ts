import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { getSentenceEditorLabels } from "@/lib/counts/get-sentence-editor-labels";
import { mostSevereLabel, sentenceLabelInForce } from "@/lib/counts/sentence-label";
import { liveRowSql } from "@/lib/counts/stage-story";
import { LABELS, LABEL_SEVERITY, type Label } from "@/lib/labels";

export interface ReaderReason {
  code: string;
  detail: string;
  evidence: { reference?: string; derivative?: string } | null;
}

/** A reference statement a derivative sentence was aligned with. */
export interface ReaderMatch {
  claimId: string;
  /** The reference's wording of the claim. */
  text: string;
  score: number | null;
  editorLabel: Label | null;
  editorNote: string | null;
}

export interface ReaderSentence {
  index: number;
  start: number;
  end: number;
  text: string;
  kind: string;
  /** Effective label (lib/counts/sentence-label.ts): the most severe editor verdict on anything in it, else the machine's. */
  label: Label | null;
  machineLabel: Label | null;
  isEditorLabel: boolean;
  /** Every claim in it was dismissed as "not a claim": no label, counted nowhere. */
  isDismissed: boolean;
  confidence: number | null;
  reasons: ReaderReason[];
  matches: ReaderMatch[];
}

/** A statement claim of the reference and how many derivatives carry it. */
export interface ReaderClaim {
  id: string;
  text: string;
  position: number;
  /** 1-based rank among the reference's statements (positions also count detail claims). */
  number: number;
  /** Distinct derivative articles with an appearance of the claim. */
  outletCount: number;
  /** The reference sentence holding the claim, or null when no sentence contains it. */
  sentenceIndex: number | null;
}

export type ReaderArticle = NonNullable<Awaited<ReturnType<typeof getArticleReader>>>;

interface ArticleRow {
  id: string;
  title: string;
  url: string | null;
  publishedAt: Date | null;
  byline: string | null;
  capturedFrom: string | null;
  sourceNotes: string | null;
  language: string;
  /** JSON array of strings (a string or already parsed, depending on the driver). */
  warnings: unknown;
  rawText: string;
  analyzedAt: Date | null;
  outletName: string;
  outletKind: string;
  outletDomain: string | null;
  storyId: string;
  storySlug: string;
  storyTitle: string;
  referenceArticleId: string | null;
  articleCount: number | bigint;
}

interface SentenceRow {
  id: string;
  index: number;
  start: number;
  end: number;
  text: string;
  kind: string;
  label: Label | null;
  confidence: number | null;
  reasons: unknown;
}

/**
 * Everything the article reader shows, from stored results only: the article with its outlet and
 * story, its sentences with labels, reasons and matched reference statements, its excluded page
 * chrome, and — for the reference — its statement claims with outlet counts. A constant number of
 * queries whatever the article's length (no per-sentence look-ups).
 */
export async function getArticleReader(id: string, db: Db = defaultDb) {
  // Raw SQL throughout: Prisma's nested selects cost several times the CPU of the SQL itself, and
  // this page must stay fast at 20 concurrent readers. Everything keyed by the article id is read
  // at once; only the reference's claims need its story.
  const [[article], articleSentences, excluded, matchesBySentence, omittedCount, sentenceVerdicts] = await Promise.all([
    db.$queryRaw<ArticleRow[]>`
      SELECT a."id", a."title", a."url", a."publishedAt", a."byline", a."capturedFrom", a."sourceNotes", a."language", a."warnings", a."rawText", a."analyzedAt",
             o."name" AS "outletName", o."kind" AS "outletKind", o."domain" AS "outletDomain",
             s."id" AS "storyId", s."slug" AS "storySlug", s."title" AS "storyTitle", s."referenceArticleId",
             (SELECT COUNT(*) FROM "Article" x WHERE x."storyId" = a."storyId") AS "articleCount"
      FROM "Article" a JOIN "Outlet" o ON o."id" = a."outletId" JOIN "Story" s ON s."id" = a."storyId"
      WHERE a."id" = ${id}`,
    db.$queryRaw<SentenceRow[]>`
      SELECT "id", "index", "start", "end", "text", "kind", "label", "confidence", "reasons"
      FROM "Sentence" WHERE "articleId" = ${id} ORDER BY "index"`,
    db.$queryRaw<{ start: number; end: number; reason: string }[]>`
      SELECT "start", "end", "reason" FROM "ExcludedSpan" WHERE "articleId" = ${id} ORDER BY "start"`,
    getStatementMatches(db, id),
    countOmittedStatements(db, id),
    getSentenceEditorLabels(db, id),
  ]);
  if (!article) return null;
  const isReference = article.referenceArticleId === article.id;
  const claims = isReference ? await getReferenceClaims(db, article.storyId, article.id) : [];

  const sentences: ReaderSentence[] = articleSentences.map((sentence) => {
    // The reference is matched with itself only; its sentences carry claims, not labels.
    const matches = isReference ? [] : (matchesBySentence.get(sentence.id) ?? []);
    // The counting rule of lib/counts (the home page's too): an editor's verdict on anything in the sentence wins.
    const editorLabel = isReference ? null : mostSevereLabel(sentenceVerdicts.labels.get(sentence.id) ?? []);
    const isDismissed = !isReference && sentenceVerdicts.dismissed.has(sentence.id);
    return {
      index: sentence.index,
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      kind: sentence.kind,
      label: sentenceLabelInForce(sentence.label, editorLabel ? [editorLabel] : [], isDismissed),
      machineLabel: sentence.label,
      isEditorLabel: editorLabel !== null,
      isDismissed,
      confidence: sentence.confidence,
      reasons: parseReasons(parseJson(sentence.reasons)),
      matches,
    };
  });

  const labelCounts = Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>;
  for (const sentence of sentences) if (sentence.label) labelCounts[sentence.label] += 1;
  labelCounts.omitted = isReference ? 0 : omittedCount;

  return {
    id: article.id,
    title: article.title,
    url: article.url,
    publishedAt: article.publishedAt,
    byline: article.byline,
    /** Where the text came from (the manifest's or import's capturedFrom and notes). */
    capturedFrom: article.capturedFrom,
    sourceNotes: article.sourceNotes,
    language: article.language,
    warnings: parseWarnings(parseJson(article.warnings)),
    rawText: article.rawText,
    analyzedAt: article.analyzedAt,
    outlet: { name: article.outletName, kind: article.outletKind, domain: article.outletDomain },
    story: { slug: article.storySlug, title: article.storyTitle, hasReference: article.referenceArticleId !== null },
    isReference,
    /** Derivatives in the story: the denominator of a claim's outlet count. */
    derivativeCount: Math.max(0, Number(article.articleCount) - 1),
    sentences,
    excluded,
    claims: claims.map((claim, rank) => ({ ...claim, number: rank + 1, sentenceIndex: findSentenceIndex(sentences, claim.start) })),
    labelCounts,
  };
}

/**
 * The statement claims each sentence was aligned with, keyed by sentence id (one indexed SQL read);
 * a stage story's rows on the article (lib/counts/stage-story.ts) are not its own and are left out.
 */
async function getStatementMatches(db: Db, articleId: string): Promise<Map<string, ReaderMatch[]>> {
  const rows = await db.$queryRaw<{ sentenceId: string; claimId: string; text: string; score: number | null; editorLabel: Label | null; editorNote: string | null }[]>`
    SELECT a."sentenceId", a."claimId", c."text", a."score", a."editorLabel", a."editorNote"
    FROM "ClaimAppearance" a JOIN "Claim" c ON c."id" = a."claimId" JOIN "Article" ar ON ar."id" = a."articleId"
    WHERE a."articleId" = ${articleId} AND a."sentenceId" IS NOT NULL AND a."isStale" = FALSE AND c."kind" = 'statement' AND ${liveRowSql("c", "ar")}
    ORDER BY a."start", a."score" DESC`;
  const bySentence = new Map<string, ReaderMatch[]>();
  for (const row of rows) {
    const list = bySentence.get(row.sentenceId) ?? [];
    list.push({ claimId: row.claimId, text: row.text, score: row.score, editorLabel: row.editorLabel, editorNote: row.editorNote });
    bySentence.set(row.sentenceId, list);
  }
  return bySentence;
}

/** Reference statements the article does not carry (its story's own omissions, not a stage story's). */
async function countOmittedStatements(db: Db, articleId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT COUNT(*) AS n FROM "Omission" o JOIN "Claim" c ON c."id" = o."claimId" JOIN "Article" ar ON ar."id" = o."articleId"
    WHERE o."articleId" = ${articleId} AND c."kind" = 'statement' AND ${liveRowSql("c", "ar")}`;
  return Number(row?.n ?? 0);
}

/** The reference's statement claims in order, each with how many derivatives carry it (one SQL aggregate). */
async function getReferenceClaims(db: Db, storyId: string, referenceId: string) {
  const rows = await db.$queryRaw<{ id: string; text: string; position: number | bigint; start: number | bigint | null; outletCount: number | bigint }[]>`
    SELECT c."id", c."text", c."position", c."start",
           COUNT(DISTINCT CASE WHEN a."articleId" <> ${referenceId} AND a."isStale" = FALSE THEN a."articleId" END) AS "outletCount"
    FROM "Claim" c
    LEFT JOIN "ClaimAppearance" a ON a."claimId" = c."id"
    WHERE c."storyId" = ${storyId} AND c."kind" = 'statement' AND c."isStale" = FALSE
    GROUP BY c."id"
    ORDER BY c."position"`;
  return rows.map((row) => ({
    id: row.id,
    text: row.text,
    position: Number(row.position),
    start: row.start === null ? null : Number(row.start),
    outletCount: Number(row.outletCount),
  }));
}

function findSentenceIndex(sentences: readonly ReaderSentence[], offset: number | null): number | null {
  if (offset === null) return null;
  return sentences.find((sentence) => sentence.start <= offset && offset < sentence.end)?.index ?? null;
}


const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const asString = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** Reasons as stored by the pipeline; anything malformed is dropped rather than crashing the page. */
export function parseReasons(value: unknown): ReaderReason[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (!isRecord(item) || typeof item.code !== "string") return [];
    const evidence = isRecord(item.evidence) ? { reference: asString(item.evidence.reference), derivative: asString(item.evidence.derivative) } : null;
    return [{ code: item.code, detail: asString(item.detail) ?? "", evidence: evidence && (evidence.reference || evidence.derivative) ? evidence : null }];
  });
}

/** JSON columns come back from raw SQL as text. */
function parseJson(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}

function parseWarnings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}
