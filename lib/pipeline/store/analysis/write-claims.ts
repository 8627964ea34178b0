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

/** Writes a claims plan, each kind in bulk; gone machine claims are deleted, or kept and marked stale when editors worked on them. */
export async function applyClaimsPlan(tx: Tx, storyId: string, plan: ClaimsPlan): Promise<void> {
  // Statements come before their details in `inserts`, so each parent exists before its children.
  await insertRows(tx, "Claim", ["id", "storyId", "key", ...COLUMNS, "createdBy", "createdAt", "updatedAt"], plan.inserts);
  await updateRows(tx, "Claim", "id", [...COLUMNS, "updatedAt"], plan.updates);
  await retireGoneClaims(tx, storyId, plan.goneIds);
}

/**
 * Machine claims the run no longer produces: kept and marked stale when editors worked on them
 * (notes on the claim, or an appearance an editor touched; a statement also while any of its
 * details is kept, or holds an editor-created detail — deleting it would cascade to them),
 * deleted otherwise.
 */
async function retireGoneClaims(tx: Tx, storyId: string, goneIds: string[]): Promise<void> {
  if (goneIds.length === 0) return;
  const hasEditorWork = { OR: [{ notes: { some: {} } }, { appearances: { some: EDITOR_TOUCHED } }] } satisfies Prisma.ClaimWhereInput;
  const kept = { OR: [hasEditorWork, { details: { some: { OR: [hasEditorWork, { createdBy: "editor" as const }] } } }] } satisfies Prisma.ClaimWhereInput;
  const gone = { storyId, id: { in: goneIds } };
  await tx.claim.updateMany({ where: { ...gone, ...kept }, data: { isStale: true } });
  await tx.claim.deleteMany({ where: { ...gone, NOT: kept } });
}
