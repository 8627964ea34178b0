import { createHash } from "node:crypto";
import { QUOTE_CONTEXT_CHARS } from "@/lib/annotation/anchor-quote";
import type { AnalysisReport } from "@/lib/analysis";
import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { runStoryAnalysis } from "./worker-pool";
import { writeAuditLog } from "./write-audit-log";

export interface AnalyzeStoredStoryResult {
  storyId: string;
  articles: number;
  claims: number;
  appearances: number;
  omissions: number;
  /** Editor-touched appearances the new run no longer produces, kept and marked stale. */
  staleAppearances: number;
}

/** Progress callback: `done` of `total` derivatives analysed. */
export type OnProgress = (done: number, total: number) => void;

/**
 * Runs the engine over a stored story and writes its results in one transaction: sentences,
 * claims (upserted by a stable key), appearances, omissions and excluded spans. Machine results
 * are replaced; editor verdicts, notes and editor-linked spans are never touched, and an
 * editor-reviewed appearance the new run no longer finds is kept and marked stale.
 */
export async function analyzeStoredStory(db: Db, storyId: string, onProgress?: OnProgress): Promise<AnalyzeStoredStoryResult> {
  // A 50-article story writes ~100k rows; SQLite does it in seconds, above Prisma's 5 s default.
  return db.$transaction((tx) => analyzeStoryInTransaction(tx, storyId, onProgress), { timeout: 120_000, maxWait: 10_000 });
}

/**
 * analyzeStoredStory inside the caller's transaction, so an import and the analysis of what it
 * imported commit or fail together. The engine is synchronous and pure and needs ~2 ms per article
 * (npm run bench), so running it inside the transaction costs little next to the writes.
 */
export async function analyzeStoryInTransaction(tx: Tx, storyId: string, onProgress?: OnProgress): Promise<AnalyzeStoredStoryResult> {
  const story = await tx.story.findUniqueOrThrow({
    where: { id: storyId },
    select: {
      id: true,
      referenceArticleId: true,
      articles: { select: { id: true, rawText: true, outlet: { select: { name: true } } }, orderBy: [{ publishedAt: "asc" }, { createdAt: "asc" }] },
    },
  });
  const reference = story.articles.find((article) => article.id === story.referenceArticleId);
  if (!reference) throw new Error(`story ${storyId} has no reference article to analyse against`);
  const derivatives = story.articles.filter((article) => article !== reference);

  // The engine is synchronous and pure: analyse everything first, then write.
  const { report, referenceSentences } = await runStoryAnalysis({ reference: { file: reference.id, text: reference.rawText }, derivatives: derivatives.map((derivative) => ({ file: derivative.id, text: derivative.rawText })), referenceOutletNames: [reference.outlet.name] }, onProgress);

  const claimIds = await upsertClaims(tx, storyId, report);
  const articleIds = story.articles.map((article) => article.id);
  await tx.sentence.deleteMany({ where: { articleId: { in: articleIds } } });
  await tx.omission.deleteMany({ where: { articleId: { in: articleIds } } });
  await tx.excludedSpan.deleteMany({ where: { articleId: { in: articleIds } } });

  const sentenceRows: Prisma.SentenceCreateManyInput[] = referenceSentences.map((sentence) => ({
    articleId: reference.id,
    index: sentence.index,
    start: sentence.start,
    end: sentence.end,
    text: sentence.text,
    kind: sentence.kind,
  }));
  const spans: { articleId: string; start: number; end: number; reason: string }[] = report.reference.excluded.map((span) => ({ articleId: reference.id, start: span.start, end: span.end, reason: span.reason }));
  for (const article of report.articles) {
    article.sentences.forEach((sentence, index) =>
      sentenceRows.push({
        articleId: article.file,
        index,
        start: sentence.start,
        end: sentence.end,
        text: sentence.text,
        label: sentence.label,
        confidence: sentence.confidence,
        reasons: sentence.reasons as unknown as Prisma.InputJsonValue,
      }),
    );
    for (const span of article.excluded) spans.push({ articleId: article.file, start: span.start, end: span.end, reason: span.reason });
  }
  await tx.sentence.createMany({ data: sentenceRows });
  await tx.excludedSpan.createMany({ data: spans });
  const sentenceIdAt = await indexSentenceIds(tx, articleIds);

  const texts = new Map(story.articles.map((article) => [article.id, article.rawText]));
  const appearances = collectAppearances(report, reference.id, texts, claimIds, sentenceIdAt);
  const staleAppearances = await replaceMachineAppearances(tx, articleIds, appearances);
  const omissions = report.articles.flatMap((article) =>
    article.omitted.flatMap((id) => {
      const claimId = claimIds.get(id);
      return claimId ? [{ claimId, articleId: article.file }] : [];
    }),
  );
  await tx.omission.createMany({ data: omissions });

  const now = new Date();
  for (const article of [{ file: reference.id, language: report.reference.language, warnings: [] as string[] }, ...report.articles]) {
    await tx.article.update({ where: { id: article.file }, data: { language: article.language, warnings: article.warnings, analyzedAt: now } });
  }
  await tx.story.update({ where: { id: storyId }, data: { analyzedAt: now } });
  await writeAuditLog(tx, {
    actorId: null,
    actorLabel: "machine",
    action: "analysis.run",
    entityType: "Story",
    entityId: storyId,
    storyId,
    before: null,
    after: { articles: story.articles.length, claims: claimIds.size, appearances: appearances.length, omissions: omissions.length, staleAppearances },
  });
  return { storyId, articles: story.articles.length, claims: claimIds.size, appearances: appearances.length, omissions: omissions.length, staleAppearances };
}

/** Stable claim keys: the report id plus a hash of the wording, so a changed reference gets new claims. */
function claimKey(id: string, text: string): string {
  return `${id}#${createHash("sha1").update(text).digest("hex").slice(0, 10)}`;
}

/** Upserts every claim of the report; machine claims the run no longer produces are deleted or, if editors used them, marked stale. */
async function upsertClaims(tx: Tx, storyId: string, report: AnalysisReport): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const keys: string[] = [];
  const statements = report.reference.claims;
  for (const [position, claim] of statements.entries()) {
    const key = claimKey(claim.id, claim.text);
    keys.push(key);
    const data = {
      kind: claim.kind,
      detailType: claim.detailType ?? null,
      parentId: claim.parentId ? (ids.get(claim.parentId) ?? null) : null,
      text: claim.text,
      start: claim.start,
      end: claim.end,
      position,
      isNew: false,
      isStale: false,
    };
    const row = await tx.claim.upsert({ where: { storyId_key: { storyId, key } }, create: { storyId, key, ...data }, update: data, select: { id: true } });
    ids.set(claim.id, row.id);
  }
  for (const [offset, claim] of report.newClaims.entries()) {
    const key = claimKey("new", `${claim.detailType}:${claim.text}`);
    keys.push(key);
    const data = { kind: "detail" as const, detailType: claim.detailType, text: claim.text, position: statements.length + offset, isNew: true, isStale: false, parentId: null };
    const row = await tx.claim.upsert({ where: { storyId_key: { storyId, key } }, create: { storyId, key, ...data }, update: data, select: { id: true } });
    ids.set(claim.id, row.id);
  }
  const gone = { storyId, createdBy: "machine" as const, key: { notIn: keys } };
  // Editor work on a claim: notes on it, or an appearance an editor touched (verdict, review, note,
  // hand link). A statement is also kept while any of its details is, or holds an editor-created
  // detail: deleting it would cascade to them.
  const hasEditorWork = { OR: [{ notes: { some: {} } }, { appearances: { some: EDITOR_TOUCHED } }] } satisfies Prisma.ClaimWhereInput;
  const kept = { OR: [hasEditorWork, { details: { some: { OR: [hasEditorWork, { createdBy: "editor" as const }] } } }] } satisfies Prisma.ClaimWhereInput;
  await tx.claim.updateMany({ where: { ...gone, ...kept }, data: { isStale: true } });
  await tx.claim.deleteMany({ where: { ...gone, NOT: kept } });
  return ids;
}

async function indexSentenceIds(tx: Tx, articleIds: string[]): Promise<Map<string, string>> {
  const rows = await tx.sentence.findMany({ where: { articleId: { in: articleIds } }, select: { id: true, articleId: true, start: true, end: true } });
  const map = new Map<string, string>();
  for (const row of rows) map.set(`${row.articleId}:${row.start}`, row.id);
  return map;
}

type AppearanceRow = Prisma.ClaimAppearanceCreateManyInput & { claimId: string; articleId: string; start: number; end: number };

function collectAppearances(
  report: AnalysisReport,
  referenceId: string,
  texts: Map<string, string>,
  claimIds: Map<string, string>,
  sentenceIdAt: Map<string, string>,
): AppearanceRow[] {
  const rows = new Map<string, AppearanceRow>();
  const add = (row: Omit<AppearanceRow, "prefix" | "suffix">, text: string, sentenceStart: number) => {
    const full: AppearanceRow = {
      ...row,
      sentenceId: sentenceIdAt.get(`${row.articleId}:${sentenceStart}`) ?? null,
      prefix: text.slice(Math.max(0, row.start - QUOTE_CONTEXT_CHARS), row.start),
      suffix: text.slice(row.end, row.end + QUOTE_CONTEXT_CHARS),
    };
    rows.set(`${row.claimId}:${row.articleId}:${row.start}:${row.end}`, full);
  };
  const referenceText = texts.get(referenceId) ?? "";
  const referenceReason = [{ code: "reference", detail: "the reference's own wording" }];
  for (const claim of report.reference.claims) {
    const claimId = claimIds.get(claim.id);
    const sentenceStart = claim.kind === "statement" ? claim.start : (report.reference.claims.find((c) => c.id === claim.parentId)?.start ?? claim.start);
    if (claimId) add({ claimId, articleId: referenceId, start: claim.start, end: claim.end, text: claim.text, machineLabel: "faithful", machineConfidence: 1, machineReasons: referenceReason, score: 1 }, referenceText, sentenceStart);
  }
  for (const article of report.articles) {
    const text = texts.get(article.file) ?? "";
    for (const sentence of article.sentences) {
      for (const match of sentence.matches) {
        const claimId = claimIds.get(match.claimId);
        if (!claimId) continue;
        add({ claimId, articleId: article.file, start: sentence.start, end: sentence.end, text: sentence.text, machineLabel: sentence.label, machineConfidence: sentence.confidence, machineReasons: sentence.reasons as unknown as Prisma.InputJsonValue, score: match.score }, text, sentence.start);
      }
      for (const detail of sentence.details) {
        const claimId = claimIds.get(detail.claimId);
        if (!claimId) continue;
        add({ claimId, articleId: article.file, start: detail.start, end: detail.end, text: detail.text, machineLabel: detail.label, machineConfidence: sentence.confidence, machineReasons: detail.reasons as unknown as Prisma.InputJsonValue, score: null }, text, sentence.start);
      }
    }
  }
  return [...rows.values()];
}

/** What makes an appearance an editor's: reviewed, hand-linked, overridden or annotated. */
const EDITOR_TOUCHED = {
  OR: [{ isReviewed: true }, { foundBy: "editor" as const }, { editorLabel: { not: null } }, { notes: { some: {} } }],
} satisfies Prisma.ClaimAppearanceWhereInput;

/**
 * Replaces the machine's appearances of the given articles. Editor-touched rows are never deleted:
 * re-found ones get fresh machine columns, the others are marked stale. Returns the stale count.
 */
async function replaceMachineAppearances(tx: Tx, articleIds: string[], rows: AppearanceRow[]): Promise<number> {
  const protectedRows = await tx.claimAppearance.findMany({
    where: { articleId: { in: articleIds }, ...EDITOR_TOUCHED },
    select: { id: true, claimId: true, articleId: true, start: true, end: true, foundBy: true, anchor: true },
  });
  await tx.claimAppearance.deleteMany({ where: { articleId: { in: articleIds }, NOT: EDITOR_TOUCHED } });
  const fresh = new Map(rows.map((row) => [`${row.claimId}:${row.articleId}:${row.start}:${row.end}`, row]));
  let stale = 0;
  for (const existing of protectedRows) {
    const key = `${existing.claimId}:${existing.articleId}:${existing.start}:${existing.end}`;
    // An orphaned annotation's offsets point into text that no longer exists: never re-found.
    const row = existing.anchor === "orphaned" ? undefined : fresh.get(key);
    if (row) {
      fresh.delete(key);
      await tx.claimAppearance.update({
        where: { id: existing.id },
        data: { machineLabel: row.machineLabel, machineConfidence: row.machineConfidence, machineReasons: row.machineReasons, score: row.score, sentenceId: row.sentenceId, isStale: false },
      });
    } else if (existing.foundBy === "machine") {
      stale += 1;
      await tx.claimAppearance.update({ where: { id: existing.id }, data: { isStale: true } });
    }
  }
  await tx.claimAppearance.createMany({ data: [...fresh.values()] });
  // Sentences were rebuilt: hand-linked spans point again at the sentence holding their start.
  await tx.$executeRaw`
    UPDATE "ClaimAppearance" SET "sentenceId" = (
      SELECT s."id" FROM "Sentence" s
      WHERE s."articleId" = "ClaimAppearance"."articleId" AND s."start" <= "ClaimAppearance"."start" AND "ClaimAppearance"."start" < s."end" LIMIT 1)
    WHERE "foundBy" = 'editor' AND "anchor" <> 'orphaned' AND "articleId" IN (${Prisma.join(articleIds)})`;
  return stale;
}
