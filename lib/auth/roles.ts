/** Roles in ascending order of power: each one can do everything the one before it can. */
export const ROLES = ["viewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** What each role may do, for help texts. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  viewer: "reads stories, claims, notes and history",
  editor: "also annotates spans, overrides verdicts, reviews, writes notes and imports",
  admin: "also manages users, deletes articles and stories, and reads the whole audit log",
};

/** Whether `user` holds `role` or a stronger one. A disabled or missing user holds none. */
export function hasRole(user: { role: Role; disabledAt?: Date | null } | null | undefined, role: Role): boolean {
  if (!user || user.disabledAt) return false;
  return ROLES.indexOf(user.role) >= ROLES.indexOf(role);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
