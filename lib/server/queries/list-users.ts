import "server-only";
import { db as appDb, type Db } from "@/lib/db";

/** Every account (admins manage a newsroom's few dozen), newest first. Never the password hash. */
export async function listUsers(db: Db = appDb) {
  return db.user.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, name: true, role: true, createdAt: true, disabledAt: true, _count: { select: { sessions: true } } },
  });
}
