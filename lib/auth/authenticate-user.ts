import type { Db } from "@/lib/db";
import { getDummyHash, verifyPassword } from "./password";
import type { AuthUser } from "./sessions";

/**
 * The active user with this email and password, or null. An unknown email costs the same scrypt
 * work as a wrong password, so timing does not tell which accounts exist.
 */
export async function authenticateUser(db: Db, email: string, password: string): Promise<AuthUser | null> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, role: true, passwordHash: true, disabledAt: true, passwordReset: { select: { userId: true } } } });
  const isValid = await verifyPassword(password, user?.passwordHash ?? (await getDummyHash()));
  if (!user || !isValid || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, ...(user.passwordReset ? { mustChangePassword: true } : {}) };
}
