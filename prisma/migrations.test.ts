import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");

describe("prisma migrations", () => {
  it("are in sync with schema.prisma (no drift: a schema change always ships its migration)", () => {
    const result = spawnSync(
      path.join(ROOT, "node_modules/.bin/prisma"),
      ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--exit-code"],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(result.stdout).toContain("No difference detected");
    expect(result.status).toBe(0);
  }, 30_000);
});
