import { createHash } from "node:crypto";
import type { ReportClaim, ReportNewClaim } from "@/lib/analysis";
import type { Db, Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createRowId, insertRows, updateRows, type SqlValue } from "../bulk-sql";
import { EDITOR_TOUCHED } from "./editor-touched";

/** Stable claim keys: the report id plus a hash of the wording, so a changed reference gets new claims. */
export function claimKey(id: string, text: string): string {
  return `${id}#${createHash("sha1").update(text).digest("hex").slice(0, 10)}`;
}

const COLUMNS = ["kind", "detailType", "parentId", "text", "start", "end", "position", "isNew", "isStale"] as const;
type ClaimFields = { [K in (typeof COLUMNS)[number]]: SqlValue };

/** What writing a run's claims will do, computed from the story's claims as they were read. */
export interface ClaimsPlan {
  /** Report id → row id (new rows' ids are chosen here). */
  ids: Map<string, string>;
  inserts: SqlValue[][];
  updates: SqlValue[][];
  /** Machine claims the run no longer produces (full runs only). */
  goneIds: string[];
  /** The story's claims as read: the plan holds while they are unchanged (see isClaimsPlanCurrent). */
  snapshot: string;
}

type ClaimsInput = { reference: ReportClaim[]; newClaims: ReportNewClaim[]; firstNewClaim: number };

async function readClaims(client: Db | Tx, storyId: string) {
  const rows = await client.claim.findMany({ where: { storyId }, orderBy: { id: "asc" }, select: { id: true, key: true, createdBy: true, ...Object.fromEntries(COLUMNS.map((c) => [c, true])) } });
  return { rows, snapshot: JSON.stringify(rows) };
}

/** Whether the story's claims are still what `plan` was computed from (read inside the write transaction). */
export async function isClaimsPlanCurrent(tx: Tx, storyId: string, plan: ClaimsPlan): Promise<boolean> {
  return (await readClaims(tx, storyId)).snapshot === plan.snapshot;
}

/**
 * Plans the report's claims (reference statements and details, then the new-detail clusters from
 * `firstNewClaim` on) by stable key: unchanged rows are left alone, changed ones updated, missing
 * ones inserted. With `isFull`, machine claims the run no longer produces are retired (see
 * applyClaimsPlan). Reads only: it can run before the write transaction opens.
 */
export async function planClaims(client: Db | Tx, storyId: string, claims: ClaimsInput, isFull: boolean): Promise<ClaimsPlan> {
  const read = await readClaims(client, storyId);
  const existing = new Map(read.rows.map((row) => [row.key, row]));
  const ids = new Map<string, string>();
  const inserts: SqlValue[][] = [];
  const updates: SqlValue[][] = [];
  const now = new Date();
  const keys = new Set<string>();
  /**
   * Rows this run already wrote, by key: two clusters with the same type and wording share one
   * row (as upserting both by key did), the later one's fields winning.
   */
  const queued = new Map<string, { id: string; row: SqlValue[]; at: number }>();
  const put = (reportId: string, key: string, fields: ClaimFields) => {
    keys.add(key);
    const values = COLUMNS.map((column) => fields[column]);
    const earlier = queued.get(key);
    if (earlier) {
      ids.set(reportId, earlier.id);
      if (earlier.at >= 0) earlier.row.splice(earlier.at, COLUMNS.length, ...values);
      else updates.push([earlier.id, ...values, now]);
      return;
    }
    const row = existing.get(key) as (Record<string, unknown> & { id: string }) | undefined;
    const id = row?.id ?? createRowId();
    ids.set(reportId, id);
    if (!row) {
      const insert = [id, storyId, key, ...values, "machine", now, now];
      inserts.push(insert);
      queued.set(key, { id, row: insert, at: 3 });
    } else if (COLUMNS.some((column) => row[column] !== fields[column])) {
      const update = [id, ...values, now];
      updates.push(update);
      queued.set(key, { id, row: update, at: 1 });
    } else {
      queued.set(key, { id, row: [], at: -1 }); // unchanged: nothing to write
    }
  };
  const statements = claims.reference;
  for (const [position, claim] of statements.entries()) {
    put(claim.id, claimKey(claim.id, claim.text), {
      kind: claim.kind,
      detailType: claim.detailType ?? null,
      parentId: claim.parentId ? (ids.get(claim.parentId) ?? null) : null,
      text: claim.text,
      start: claim.start,
      end: claim.end,
      position,
      isNew: false,
      isStale: false,
    });
  }
  for (const [offset, claim] of claims.newClaims.entries()) {
    if (offset < claims.firstNewClaim) {
      // Started by articles whose rows stay: the stored row is already right.
      const id = existing.get(claimKey("new", `${claim.detailType}:${claim.text}`))?.id;
      if (id) ids.set(claim.id, id);
      continue;
    }
    put(claim.id, claimKey("new", `${claim.detailType}:${claim.text}`), {
      kind: "detail",
      detailType: claim.detailType,
      parentId: null,
      text: claim.text,
      start: null,
      end: null,
      position: statements.length + offset,
      isNew: true,
      isStale: false,
    });
  }
  const goneIds = isFull ? [...existing.values()].filter((row) => row.createdBy === "machine" && !keys.has(row.key)).map((row) => row.id) : [];
  return { ids, inserts, updates, goneIds, snapshot: read.snapshot };
}

/** The columns of a claims plan's insert rows (`inserts`), in order: the row id, then its story. */
export const CLAIM_INSERT_COLUMNS = ["id", "storyId", "key", ...COLUMNS, "createdBy", "createdAt", "updatedAt"] as const;

/**
 * Where a claims plan's rows go when a re-analysis wrote some ahead of its switch
 * (write-claims-ahead.ts): the plan's new claims already wait under the stage story, and the
 * claims it retires are moved there instead of deleted.
 */
export interface ClaimsAhead {
  stageStoryId: string;
  /** The retired claims to move (findRetiredClaims, read in the write transaction). */
  retiredIds: readonly string[];
}

/**
 * Writes a claims plan, each kind in bulk; gone machine claims are deleted, or kept and marked
 * stale when editors worked on them. With `ahead`, the new claims are moved in from the stage
 * story (a few hundred rows) and the retired ones moved out to it, their appearances and
 * omissions with them: deleting them here would hold the lock for seconds (below).
 */
export async function applyClaimsPlan(tx: Tx, storyId: string, plan: ClaimsPlan, ahead?: ClaimsAhead): Promise<void> {
  if (ahead) {
    // The stage holds exactly the plan's new claims (checked before the switch wrote anything).
    await tx.claim.updateMany({ where: { storyId: ahead.stageStoryId }, data: { storyId } });
  } else {
    // Statements come before their details in `inserts`, so each parent exists before its children.
    await insertRows(tx, "Claim", CLAIM_INSERT_COLUMNS, plan.inserts);
  }
  await updateRows(tx, "Claim", "id", [...COLUMNS, "updatedAt"], plan.updates);
  if (plan.goneIds.length === 0) return;
  const gone = { storyId, id: { in: plan.goneIds } };
  await tx.claim.updateMany({ where: { ...gone, ...KEPT_WHEN_GONE }, data: { isStale: true } });
  if (ahead) await tx.claim.updateMany({ where: { storyId, id: { in: [...ahead.retiredIds] } }, data: { storyId: ahead.stageStoryId } });
  else await tx.claim.deleteMany({ where: { ...gone, NOT: KEPT_WHEN_GONE } });
}

/**
 * Machine claims the run no longer produces are kept and marked stale when editors worked on them
 * (notes on the claim, or an appearance an editor touched; a statement also while any of its
 * details is kept, or holds an editor-created detail — deleting it would cascade to them), and
 * retired (deleted) otherwise.
 */
const HAS_EDITOR_WORK = { OR: [{ notes: { some: {} } }, { appearances: { some: EDITOR_TOUCHED } }] } satisfies Prisma.ClaimWhereInput;
const KEPT_WHEN_GONE = { OR: [HAS_EDITOR_WORK, { details: { some: { OR: [HAS_EDITOR_WORK, { createdBy: "editor" as const }] } } }] } satisfies Prisma.ClaimWhereInput;

/** The plan's gone claims that are retired, not kept (read in the write transaction, where editor work since the plan counts). */
export async function findRetiredClaims(tx: Tx, storyId: string, plan: ClaimsPlan): Promise<string[]> {
  if (plan.goneIds.length === 0) return [];
  const rows = await tx.claim.findMany({ where: { storyId, id: { in: plan.goneIds }, NOT: KEPT_WHEN_GONE }, select: { id: true } });
  return rows.map((row) => row.id);
}
