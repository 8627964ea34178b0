import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { createDb } from "@/lib/db";
import { withDatabase } from "@/lib/db-migration-adapters";
import { bootstrapDatabase } from "@/lib/pipeline/prepare-database";
import type { TestDb } from "./create-test-db";

/**
 * PostgreSQL test databases, as create-test-db.ts makes SQLite ones: one template migrated with
 * the real `prisma migrate deploy` (prisma/postgresql/migrations) and bootstrapped, then a copy per
 * test with `CREATE DATABASE … TEMPLATE` (a file copy on the server: tens of milliseconds).
 */

const ROOT = path.resolve(import.meta.dirname, "../..");

async function onAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates and migrates the template; `drop()` removes it. */
export async function createPostgresTemplate(adminUrl: string): Promise<{ adminUrl: string; name: string; drop(): Promise<void> }> {
  const name = `claimtrail_template_${randomUUID().replaceAll("-", "")}`;
  await onAdmin(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = withDatabase(adminUrl, name);
  execFileSync(path.join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
  const db = createDb(url);
  await bootstrapDatabase(db, () => undefined);
  await db.$disconnect();
  return { adminUrl, name, drop: () => onAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined) };
}

/** A fresh, fully migrated PostgreSQL database of its own, copied from the template. */
export async function createPostgresTestDb(template: { adminUrl: string; name: string }): Promise<TestDb> {
  const name = `claimtrail_test_${randomUUID().replaceAll("-", "")}`;
  await onAdmin(template.adminUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template.name}"`));
  const url = withDatabase(template.adminUrl, name);
  const db = createDb(url);
  return {
    db,
    url,
    async dispose() {
      await db.$disconnect();
      await onAdmin(template.adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
