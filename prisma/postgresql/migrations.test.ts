import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const template = inject("postgresTemplate");

// The same drift check as prisma/migrations.test.ts, for prisma/postgresql/migrations: Prisma
// replays them on a shadow database of the test server (created and dropped by the adapter in
// lib/db-url.ts) and compares with prisma/postgresql/schema.prisma.
describe.skipIf(!template)("prisma migrations on PostgreSQL", () => {
  it("are in sync with prisma/postgresql/schema.prisma (a schema change ships a PostgreSQL migration too)", () => {
    const result = spawnSync(
      path.join(ROOT, "node_modules/.bin/prisma"),
      ["migrate", "diff", "--from-migrations", "prisma/postgresql/migrations", "--to-schema-datamodel", "prisma/postgresql/schema.prisma", "--exit-code"],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, DATABASE_URL: template!.adminUrl } },
    );
    expect(result.stdout).toContain("No difference detected");
    expect(result.status).toBe(0);
  }, 60_000);
});
