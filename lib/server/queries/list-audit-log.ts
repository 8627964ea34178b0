import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LIVE_CLAIM, LIVE_CLAIM_ROW } from "@/lib/counts/stage-story";
import { describeAuditEntry, type AuditContext } from "@/lib/pipeline/describe-audit-entry";
import type { AuditFilter } from "@/lib/validation/audit-filter";

/** Entries per page of the admins' log. */
export const AUDIT_PAGE_SIZE = 50;
const DAY_MS = 86_400_000;

function whereOf(filter: AuditFilter): Prisma.AuditLogWhereInput {
  return {
    ...(filter.story ? { story: { slug: filter.story } } : {}),
    ...(filter.user ? { actorId: filter.user } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.from || filter.to
      ? { at: { ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00Z`) } : {}), ...(filter.to ? { lt: new Date(Date.parse(`${filter.to}T00:00:00Z`) + DAY_MS) } : {}) } }
      : {}),
  };
}

/**
 * The audit log, newest first, one page at a time (admins only), filtered by story, actor, action
 * and dates; each entry in words (lib/pipeline/describe-audit-entry.ts) with what it is about
 * looked up in one query per kind of entity on the page (a claim or appearance under a stage story,
 * lib/counts/stage-story.ts, is described as one that no longer exists).
 */
export async function listAuditLog(filter: AuditFilter, db: Db = appDb) {
  const where = whereOf(filter);
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, at: true, actorLabel: true, action: true, entityType: true, entityId: true, before: true, after: true, actor: { select: { id: true, name: true, email: true } }, story: { select: { slug: true, title: true } } },
    }),
  ]);
  const idsOf = (type: string) => [...new Set(rows.filter((row) => row.entityType === type).map((row) => row.entityId))];
  const referenceIds = rows.flatMap((row) => [row.before, row.after].flatMap((payload) => (payload && typeof payload === "object" && "referenceArticleId" in payload && typeof payload.referenceArticleId === "string" ? [payload.referenceArticleId] : [])));
  const [appearances, claims, users, articles] = await Promise.all([
    db.claimAppearance.findMany({ where: { id: { in: idsOf("ClaimAppearance") }, ...LIVE_CLAIM_ROW }, select: { id: true, text: true, claim: { select: { text: true } }, article: { select: { outlet: { select: { name: true } } } } } }),
    db.claim.findMany({ where: { id: { in: idsOf("Claim") }, ...LIVE_CLAIM }, select: { id: true, text: true } }),
    db.user.findMany({ where: { id: { in: idsOf("User") } }, select: { id: true, name: true, email: true } }),
    db.article.findMany({ where: { id: { in: [...new Set(referenceIds)] } }, select: { id: true, outlet: { select: { name: true } } } }),
  ]);
  const appearanceOf = new Map(appearances.map((row) => [row.id, row]));
  const claimOf = new Map(claims.map((row) => [row.id, row]));
  const userOf = new Map(users.map((row) => [row.id, row]));
  const outletOf = new Map(articles.map((row) => [row.id, row.outlet.name]));
  const entries = rows.map((row) => {
    const appearance = row.entityType === "ClaimAppearance" ? appearanceOf.get(row.entityId) : undefined;
    const context: AuditContext = {
      appearance: appearance ? { outlet: appearance.article.outlet.name, text: appearance.text } : null,
      claim: appearance ? appearance.claim : (claimOf.get(row.entityId) ?? null),
      user: userOf.get(row.entityId) ?? null,
      outletOf,
    };
    const actor = row.actor ? (row.actor.name ?? row.actor.email) : row.actorLabel;
    return { ...row, actorName: actor, words: `${actor} ${describeAuditEntry(row, context)}` };
  });
  return { total, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), entries };
}
