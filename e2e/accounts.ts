import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import Database from "better-sqlite3";

// Accounts for the e2e flows, made with the real CLI (`npm run user:create`) against the e2e
// server's database (the server wipes it at start, so each run creates them afresh).
const ROOT = path.resolve(import.meta.dirname, "..");
export const E2E_DB = path.join(ROOT, `prisma/e2e-${process.env.E2E_PORT ?? 3123}.db`);

export interface Account {
  email: string;
  password: string;
  name: string;
  role: "viewer" | "editor" | "admin";
}

export function account(role: Account["role"], tag: string): Account {
  const name = `${tag[0]?.toUpperCase()}${tag.slice(1)} ${role[0]?.toUpperCase()}${role.slice(1)}`;
  return { email: `${tag}-${role}@example.org`, password: `${tag} ${role} passphrase`, name, role };
}

/** Creates the account unless it exists (exit code 3: email taken). */
export function ensureAccount(user: Account): void {
  try {
    execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["lib/cli/create-user.ts", "--email", user.email, "--role", user.role, "--name", user.name], {
      cwd: ROOT,
      input: `${user.password}\n`,
      env: { ...process.env, DATABASE_URL: `file:${E2E_DB}` },
      stdio: ["pipe", "ignore", "pipe"],
    });
  } catch (error) {
    if ((error as { status?: number }).status !== 3) throw error;
  }
}

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, user: Account, next = "/"): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toContainText(user.name);
}

/** A read-only look at the e2e database, to check that refused requests changed nothing. */
export function readDb<T>(sql: string, ...params: unknown[]): T {
  const db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}
