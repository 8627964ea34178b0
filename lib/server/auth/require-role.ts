import "server-only";
import { forbidden, redirect } from "next/navigation";
import { hasRole, type Role } from "@/lib/auth/roles";
import type { AuthUser } from "@/lib/auth/sessions";
import { getCurrentUser } from "./get-current-user";

export { getCurrentUser };

/**
 * The signed-in user when they hold `role` (viewer < editor < admin), for pages and server actions.
 * Anonymous: redirect to /sign-in?next=…; signed in without the role: 403 (Next's forbidden(),
 * rendered by app/forbidden.tsx). Call it before reading any input.
 */
export async function requireRole(role: Role, options: { next?: string } = {}): Promise<AuthUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(options.next ?? "/")}`);
  requirePasswordChosen(user, options.next);
  if (!hasRole(user, role)) forbidden();
  return user;
}

/**
 * After an admin's reset the user has a temporary password: until they choose their own, every
 * page and action sends them to /account/password (the one page that does not call this).
 */
export function requirePasswordChosen(user: AuthUser | null, next = "/"): void {
  if (user?.mustChangePassword) redirect(`/account/password?next=${encodeURIComponent(next)}`);
}
