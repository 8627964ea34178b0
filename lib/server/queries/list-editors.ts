import "server-only";
import { db as appDb, type Db } from "@/lib/db";

/** Active accounts that can review (editors and admins), by name: the assignment menu. */
export async function listEditors(db: Db = appDb): Promise<{ id: string; name: string }[]> {
  const users = await db.user.findMany({ where: { disabledAt: null, role: { in: ["editor", "admin"] } }, orderBy: [{ name: "asc" }, { email: "asc" }], select: { id: true, name: true, email: true } });
  return users.map((user) => ({ id: user.id, name: user.name ?? user.email }));
}
