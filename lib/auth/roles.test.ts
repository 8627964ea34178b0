import { describe, expect, it } from "vitest";
import { hasRole, ROLES, type Role } from "./roles";

describe("hasRole", () => {
  // One row per (user role, required role): viewer < editor < admin.
  const table: [Role, Role, boolean][] = [
    ["viewer", "viewer", true],
    ["viewer", "editor", false],
    ["viewer", "admin", false],
    ["editor", "viewer", true],
    ["editor", "editor", true],
    ["editor", "admin", false],
    ["admin", "viewer", true],
    ["admin", "editor", true],
    ["admin", "admin", true],
  ];
  it.each(table)("a %s asking for %s → %s", (userRole, required, expected) => {
    expect(hasRole({ role: userRole }, required)).toBe(expected);
  });

  it("gives nothing to anonymous or disabled users", () => {
    for (const role of ROLES) {
      expect(hasRole(null, role)).toBe(false);
      expect(hasRole(undefined, role)).toBe(false);
      expect(hasRole({ role: "admin", disabledAt: new Date() }, role)).toBe(false);
    }
  });
});
