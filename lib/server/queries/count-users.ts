import "server-only";
import { db as appDb, type Db } from "@/lib/db";

/** How many accounts exist (0 on a fresh install: the first-run page is open). */
export async function countUsers(db: Db = appDb): Promise<number> {
  return db.user.count();
}
