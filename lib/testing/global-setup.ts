import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { getEnv } from "@/lib/config/env";
import { createDb } from "@/lib/db";
import { bootstrapSearch } from "@/lib/pipeline/bootstrap-search";
import { createPostgresTemplate } from "./postgres-test-db";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * Builds one template database with the real `prisma migrate deploy`; each database test copies it
 * (see create-test-db.ts), so every test gets a migrated SQLite file in milliseconds.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "claimtrail-test-"));
  const template = path.join(dir, "template.db");
  execFileSync(path.join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: "ignore",
  });
  // The search index and its triggers live outside Prisma's migrations (bootstrap-search.ts).
  const db = createDb(`file:${template}`);
  await bootstrapSearch(db);
  await db.$disconnect();
  project.provide("templateDbPath", template);
  // With a PostgreSQL server for the tests, the same template there (see postgres-test-db.ts).
  const adminUrl = getEnv().CLAIMTRAIL_TEST_POSTGRES_URL;
  const postgres = adminUrl ? await createPostgresTemplate(adminUrl) : null;
  project.provide("postgresTemplate", postgres ? { adminUrl: postgres.adminUrl, name: postgres.name } : null);
  return async () => {
    await postgres?.drop();
    rmSync(dir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDbPath: string;
    postgresTemplate: { adminUrl: string; name: string } | null;
  }
}
