import "server-only";
import { isPublicReadEnabled } from "@/lib/auth/public-read";
import type { AuthUser } from "@/lib/auth/sessions";
import { getCurrentUser } from "./get-current-user";
import { requirePasswordChosen, requireRole } from "./require-role";

/**
 * Every reading page calls this first: with CLAIMTRAIL_PUBLIC_READ on (the default) anyone may read
 * and the result is the user or null; with it off, a viewer or better is required (`next` is where
 * sign-in returns to).
 */
export async function requireReader(next: string): Promise<AuthUser | null> {
  if (!isPublicReadEnabled()) return requireRole("viewer", { next });
  const user = await getCurrentUser();
  requirePasswordChosen(user, next);
  return user;
}
