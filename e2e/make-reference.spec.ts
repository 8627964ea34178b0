import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { generateRewrites, writeStoryFolder } from "../lib/testing/write-generated-story";
import { account, E2E_DB, ensureAccount, readDb, signIn } from "./accounts";

// "Make reference" on a story large enough that its re-analysis runs for a while on the worker
// threads: the editor confirms on a page that says what will happen, the story page shows the
// job's progress while readers still see the old reference, and the new one is switched in. All
// without JavaScript (the confirmation is a page, the progress reloads itself with a meta refresh).
const editor = account("editor", "referee");
const SLUG = "make-reference-e2e";
/** Enough generated rewrites (~200,000 characters) that the engine runs on the worker pool for seconds. */
const REWRITES = 80;
const ROOT = path.resolve(import.meta.dirname, "..");

test.use({ javaScriptEnabled: false });

test.beforeAll(() => {
  ensureAccount(editor);
  const dir = mkdtempSync(path.join(tmpdir(), "claimtrail-e2e-reference-"));
  try {
    writeStoryFolder(dir, SLUG, generateRewrites(REWRITES, 7), 1, true);
    execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["lib/cli/import.ts", dir], { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${E2E_DB}` }, stdio: ["ignore", "ignore", "pipe"] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("make-reference asks first, says what it will do, then shows the job's progress until the new reference is in", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, editor, `/stories/${SLUG}`);
  await expect(page.getByText("Reference: Reuters")).toBeVisible();

  // Step one is a link to a confirmation page; cancelling changes nothing.
  await page.getByRole("link", { name: "Make Outlet 3 the reference" }).click();
  await expect(page.getByRole("heading", { name: "Make Outlet 3 the reference?" })).toBeVisible();
  await expect(page.getByText(/becomes the report every other article is compared with, instead of Reuters's/)).toBeVisible();
  await expect(page.getByText(`all ${REWRITES} other articles are analysed again`)).toBeVisible();
  await expect(page.getByText(/everyone keeps seeing the current analysis until the new one is complete/)).toBeVisible();
  await page.getByRole("link", { name: "Cancel" }).click();
  await expect(page).toHaveURL(new RegExp(`/stories/${SLUG}$`));
  await expect(page.getByText("Reference: Reuters")).toBeVisible();
  expect(readDb<{ n: number }>("SELECT count(*) AS n FROM Job j JOIN Story s ON s.id = j.storyId WHERE s.slug = ?", SLUG).n).toBe(0);

  // Confirming queues the job and returns to the story, which shows its progress over the old analysis.
  await page.getByRole("link", { name: "Make Outlet 3 the reference" }).click();
  await page.getByRole("button", { name: "Make Outlet 3 the reference" }).click();
  await expect(page).toHaveURL(new RegExp(`/stories/${SLUG}$`));
  const progress = page.getByRole("status").filter({ hasText: "Re-analysing against the new reference" });
  await expect(progress).toBeVisible();
  await expect(progress).toContainText(`of ${REWRITES} articles`);
  await expect(progress.getByRole("progressbar", { name: "Re-analysis progress" })).toBeAttached();
  await expect(page.getByText("Reference: Reuters")).toBeVisible();
  await expect(page.locator('meta[http-equiv="refresh"]')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath("reference-job-progress.png"), fullPage: false });

  // The page reloads itself (meta refresh) until the job has switched the new analysis in.
  await expect(page.getByText("Reference: Outlet 3")).toBeVisible({ timeout: 150_000 });
  await expect(progress).toHaveCount(0);
  await expect(page.locator('meta[http-equiv="refresh"]')).toHaveCount(0);
  const job = readDb<{ state: string; attempts: number; error: string | null }>("SELECT j.state, j.attempts, j.error FROM Job j JOIN Story s ON s.id = j.storyId WHERE s.slug = ?", SLUG);
  // One attempt: nothing changed the story under the job, and its heartbeat kept it its own.
  expect(job, `an earlier attempt failed: ${job.error}`).toEqual({ state: "succeeded", attempts: 1, error: null });
});
