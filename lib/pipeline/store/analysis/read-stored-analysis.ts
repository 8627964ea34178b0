import { dialectOf, type Db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { editorTouchedSql } from "./editor-touched";
import { collectGarbageIfGrown } from "../../collect-garbage";
import { STAGED_CLAIM_IDS_SQL } from "@/lib/counts/stage-story";

/** Articles per read: one IN list of article ids, far below either database's parameter limit. */
const ARTICLES_PER_READ = 400;

export interface StoredSentence {
  id: string;
  articleId: string;
  index: number;
  start: number;
  end: number;
  text: string;
  kind: string;
  label: string | null;
  confidence: number | null;
  /** JSON text */
  reasons: string;
}

export interface StoredAppearance {
  id: string;
  claimId: string;
  articleId: string;
  start: number;
  end: number;
  text: string;
  prefix: string;
  suffix: string;
  foundBy: string;
  anchor: string;
  machineLabel: string | null;
  machineConfidence: number | null;
  /** JSON text */
  machineReasons: string;
  score: number | null;
  sentenceId: string | null;
  isStale: boolean;
}

export interface StoredAnalysis {
  sentences: StoredSentence[];
  appearances: StoredAppearance[];
  spans: { id: string; articleId: string; start: number; end: number; reason: string }[];
  omissions: { id: string; claimId: string; articleId: string }[];
  /** The articles' analysis columns, JSON as text. */
  articles: { id: string; language: string | null; warnings: string; newDetailSightings: string | null }[];
}

/**
 * JSON columns as text. SQLite hands back the text that was written; PostgreSQL's jsonb hands back
 * the parsed value, re-serialised here (jsonb orders keys its own way, so a row whose keys it
 * reordered compares as changed and is rewritten: correct, only not skipped).
 */
const jsonText = (value: unknown): string => (typeof value === "string" ? value : JSON.stringify(value ?? []));

/**
 * The analysis rows stored for the given articles (what a new run is diffed against), read with
 * raw SQL in chunks of article ids: no Prisma model mapping for 100k+ rows. Rows under a stage
 * story (written ahead of a switch or left behind one: lib/counts/stage-story.ts) are not the story's.
 */
export async function readStoredAnalysis(client: Db | Tx, articleIds: readonly string[]): Promise<StoredAnalysis> {
  const stored: StoredAnalysis = { sentences: [], appearances: [], spans: [], omissions: [], articles: [] };
  const isSqlite = dialectOf(client) === "sqlite";
  for (let at = 0; at < articleIds.length; at += ARTICLES_PER_READ) {
    const ids = articleIds.slice(at, at + ARTICLES_PER_READ);
    const list = ids.map((_, index) => (isSqlite ? "?" : `$${index + 1}`)).join(",");
    const read = <T>(sql: string) => client.$queryRawUnsafe<T[]>(sql, ...ids);
    const sentences = await read<StoredSentence>(`SELECT "id", "articleId", "index", "start", "end", "text", "kind", "label", "confidence", "reasons" FROM "Sentence" WHERE "articleId" IN (${list})`);
    for (const row of sentences) stored.sentences.push({ ...row, index: Number(row.index), start: Number(row.start), end: Number(row.end), reasons: jsonText(row.reasons) });
    const appearances = await read<StoredAppearance>(
      `SELECT "id", "claimId", "articleId", "start", "end", "text", "prefix", "suffix", "foundBy", "anchor", "machineLabel", "machineConfidence", "machineReasons", "score", "sentenceId", "isStale" FROM "ClaimAppearance" WHERE "articleId" IN (${list}) AND "claimId" NOT IN (${STAGED_CLAIM_IDS_SQL})`,
    );
    for (const row of appearances) {
      // SQLite returns booleans as 0/1 and may return integers as bigint through the adapter.
      stored.appearances.push({ ...row, start: Number(row.start), end: Number(row.end), isStale: Boolean(row.isStale), machineReasons: jsonText(row.machineReasons) });
    }
    for (const row of await read<StoredAnalysis["spans"][number]>(`SELECT "id", "articleId", "start", "end", "reason" FROM "ExcludedSpan" WHERE "articleId" IN (${list})`)) {
      stored.spans.push({ ...row, start: Number(row.start), end: Number(row.end) });
    }
    stored.omissions.push(...(await read<StoredAnalysis["omissions"][number]>(`SELECT "id", "claimId", "articleId" FROM "Omission" WHERE "articleId" IN (${list}) AND "claimId" NOT IN (${STAGED_CLAIM_IDS_SQL})`)));
    for (const row of await read<{ id: string; language: string | null; warnings: unknown; newDetailSightings: unknown }>(`SELECT "id", "language", "warnings", "newDetailSightings" FROM "Article" WHERE "id" IN (${list})`)) {
      stored.articles.push({ id: row.id, language: row.language, warnings: jsonText(row.warnings), newDetailSightings: row.newDetailSightings === null ? null : jsonText(row.newDetailSightings) });
    }
    // Each chunk's query results are garbage once copied: collected before the next read piles on
    // (a 1,000-article re-analysis peaked at 1,179–1,192 MB RSS without this, 1,038–1,046 MB with).
    collectGarbageIfGrown("store");
  }
  return stored;
}

export type EditorTouchedAppearance = { id: string; claimId: string; articleId: string; start: number; end: number; foundBy: string; anchor: string };

/** The editor-touched appearances of the given articles (never deleted by an analysis), read again under the write lock. */
export async function readEditorTouched(client: Db | Tx, articleIds: readonly string[]): Promise<EditorTouchedAppearance[]> {
  const rows: EditorTouchedAppearance[] = [];
  for (let at = 0; at < articleIds.length; at += ARTICLES_PER_READ) {
    const found = await client.$queryRaw<EditorTouchedAppearance[]>`
      SELECT a."id", a."claimId", a."articleId", a."start", a."end", a."foundBy", a."anchor" FROM "ClaimAppearance" a
      WHERE a."articleId" IN (${Prisma.join(articleIds.slice(at, at + ARTICLES_PER_READ))}) AND ${editorTouchedSql("a")}`;
    for (const row of found) rows.push({ ...row, start: Number(row.start), end: Number(row.end) });
  }
  return rows;
}
