import "server-only";
import { db as appDb, type Db } from "@/lib/db";

/** Entries per page of the admins' log. */
export const AUDIT_PAGE_SIZE = 50;

/** The whole audit log, newest first, one page at a time (admins only). */
export async function listAuditLog(page: number, db: Db = appDb) {
  const [total, entries] = await Promise.all([
    db.auditLog.count(),
    db.auditLog.findMany({
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, at: true, actorLabel: true, action: true, entityType: true, entityId: true, before: true, after: true, actor: { select: { name: true, email: true } }, story: { select: { slug: true, title: true } } },
    }),
  ]);
  return { total, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), entries };
}
