import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { LIVE_CLAIM, LIVE_CLAIM_ROW } from "@/lib/counts/stage-story";
import { describeAuditEntry } from "@/lib/pipeline/describe-audit-entry";

/** Entries shown per claim: a claim rarely sees more; the admins' log has the rest. */
const MAX_ENTRIES = 200;

export interface ActivityNote {
  id: string;
  body: string;
  author: string;
  createdAt: Date;
  /** The outlet whose appearance the note is about; null for a note on the claim itself. */
  outlet: string | null;
}

export interface HistoryEntry {
  id: string;
  at: Date;
  actor: string;
  action: string;
  entityType: string;
  outlet: string | null;
  before: unknown;
  after: unknown;
  /** The entry in words after its actor (lib/pipeline/describe-audit-entry.ts). */
  words: string;
}

/**
 * The notes on a claim and its appearances, and its history from the audit log (newest first). A
 * claim under a stage story (lib/counts/stage-story.ts) reads as one that no longer exists: no
 * appearances, no notes, its audit entries only.
 */
export async function getClaimActivity(claimId: string, db: Db = appDb): Promise<{ notes: ActivityNote[]; history: HistoryEntry[] }> {
  const [appearances, claim] = await Promise.all([
    db.claimAppearance.findMany({ where: { claimId, ...LIVE_CLAIM_ROW }, select: { id: true, text: true, article: { select: { outlet: { select: { name: true } } } } } }),
    db.claim.findUnique({ where: { id: claimId, ...LIVE_CLAIM }, select: { text: true } }),
  ]);
  const outletOf = new Map(appearances.map((appearance) => [appearance.id, appearance.article.outlet.name]));
  const appearanceOf = new Map(appearances.map((appearance) => [appearance.id, { outlet: appearance.article.outlet.name, text: appearance.text }]));
  const ids = [...outletOf.keys()];
  const [notes, entries] = await Promise.all([
    db.note.findMany({
      where: { OR: [{ claimId, claim: LIVE_CLAIM }, { appearanceId: { in: ids } }], retractedAt: null },
      orderBy: { createdAt: "desc" },
      take: MAX_ENTRIES,
      select: { id: true, body: true, createdAt: true, appearanceId: true, author: { select: { name: true, email: true } } },
    }),
    db.auditLog.findMany({
      where: { OR: [{ entityType: "Claim", entityId: claimId }, { entityType: "ClaimAppearance", entityId: { in: ids } }] },
      orderBy: { at: "desc" },
      take: MAX_ENTRIES,
      select: { id: true, at: true, actorLabel: true, action: true, entityType: true, entityId: true, before: true, after: true, actor: { select: { name: true, email: true } } },
    }),
  ]);
  return {
    notes: notes.map((note) => ({
      id: note.id,
      body: note.body,
      author: note.author ? (note.author.name ?? note.author.email) : "unknown",
      createdAt: note.createdAt,
      outlet: note.appearanceId ? (outletOf.get(note.appearanceId) ?? null) : null,
    })),
    history: entries.map((entry) => ({
      id: entry.id,
      at: entry.at,
      actor: entry.actor ? (entry.actor.name ?? entry.actor.email) : entry.actorLabel,
      action: entry.action,
      entityType: entry.entityType,
      outlet: entry.entityType === "ClaimAppearance" ? (outletOf.get(entry.entityId) ?? null) : null,
      before: entry.before,
      after: entry.after,
      words: describeAuditEntry(entry, { appearance: entry.entityType === "ClaimAppearance" ? (appearanceOf.get(entry.entityId) ?? null) : null, claim }),
    })),
  };
}
