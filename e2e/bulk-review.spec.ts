import { expect, test } from "@playwright/test";
import { account, ensureAccount, readDb, signIn } from "./accounts";
import { ensureOwnStory } from "./own-story";

// Bulk actions on the review queue, without JavaScript: tick two items and confirm them in one
// audited step; relabel needs a note; then "all matching this filter" clears the story's queue.
const editor = account("editor", "bea");
const SLUG = "bulk-budget";
test.use({ javaScriptEnabled: false });
test.beforeAll(() => ensureAccount(editor));

test("an editor confirms ticked items in one step, is told a relabel needs a note, then confirms all matching the filter", async ({ page, request }) => {
  const queueUrl = await ensureOwnStory(request, editor, SLUG);
  await signIn(page, editor, queueUrl);
  const progress = async () => Number((await page.getByTestId("story-progress").first().innerText()).match(/(\d+) of \d+ reviewed/)?.[1]);
  const start = await progress();
  const items = page.getByTestId("review-item");
  expect(await items.count()).toBeGreaterThanOrEqual(3);
  const picked = [await items.nth(0).getAttribute("data-id"), await items.nth(1).getAttribute("data-id")];
  await page.screenshot({ path: "test-results/screenshots/review-queue.png", fullPage: true });

  // Relabel without a note: refused, nothing changes.
  const bulk = page.getByRole("form", { name: "Bulk actions" });
  await items.nth(0).getByRole("checkbox").check();
  await items.nth(1).getByRole("checkbox").check();
  await bulk.getByLabel("Action").selectOption("relabel");
  await bulk.getByLabel("New label (relabel)").selectOption("faithful");
  await bulk.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("alert")).toContainText("Write a note");
  expect(await progress()).toBe(start);

  // Confirm the two ticked items: one step, one audit entry naming both.
  await items.nth(0).getByRole("checkbox").check();
  await items.nth(1).getByRole("checkbox").check();
  await bulk.getByLabel("Action").selectOption("confirm");
  await bulk.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 items" })).toBeVisible();
  expect(await progress()).toBe(start + 2);
  for (const id of picked) await expect(page.locator(`[data-testid="review-item"][data-id="${id}"]`)).toHaveCount(0);
  const entry = readDb<{ after: string }>(`SELECT "after" FROM "AuditLog" WHERE "action" = 'review.bulk' ORDER BY "at" DESC LIMIT 1`);
  for (const id of picked) expect(entry.after).toContain(id!);

  // Everything left in this story's queue, in one go.
  await bulk.getByLabel(/all \d+ of this story/).check();
  await bulk.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("Nothing left to review.")).toBeVisible();
  const [, done, total] = (await page.getByTestId("story-progress").first().innerText()).match(/(\d+) of (\d+) reviewed/) ?? [];
  expect(done).toBe(total);
});

test("the queue on a phone: items and the bulk form fit 375 px", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, editor, "/review?story=abraham-accords-expansion");
  await expect(page.getByRole("form", { name: "Bulk actions" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "test-results/screenshots/review-queue-phone.png", fullPage: false });
  await context.close();
});
