import { expect, test } from "@playwright/test";
import { account, ensureAccount, readDb, signIn } from "./accounts";
import { ensureOwnStory } from "./own-story";

// "Not a claim", without JavaScript: an editor dismisses the queue's first item (the invented
// quote of the spec's own story); it leaves the queue, its progress, the matrix and the JSON
// export; its claim page says so and restores it.
const editor = account("editor", "dora");
const SLUG = "dismiss-budget";
test.use({ javaScriptEnabled: false });
test.beforeAll(() => ensureAccount(editor));

test("an editor dismisses noise from the review queue and restores it from the claim page", async ({ page, request }) => {
  const queueUrl = await ensureOwnStory(request, editor, SLUG);
  await signIn(page, editor, queueUrl);
  const current = page.getByTestId("review-current");
  const claimHref = await current.locator('a[href^="/claims/"]').first().getAttribute("href");
  const claimId = claimHref!.replace(/^\/claims\//, "").replace(/#.*/, "");
  const claimText = readDb<{ text: string }>('SELECT "text" FROM "Claim" WHERE "id" = ?', claimId).text;
  const progress = async () => Number((await page.getByTestId("story-progress").first().innerText()).match(/of (\d+) reviewed/)?.[1]);
  const totalBefore = await progress();
  const exportedClaimTexts = async () => {
    const report = (await (await request.get(`/api/stories/${SLUG}/export?format=json`)).json()) as { reference: { claims: { text: string }[] }; newClaims: { text: string }[] };
    return [...report.reference.claims, ...report.newClaims].map((claim) => claim.text);
  };
  expect(await exportedClaimTexts()).toContain(claimText);
  await expect(page.getByTestId("review-item")).not.toHaveCount(0);

  await current.getByRole("button", { name: "Not a claim" }).click();
  await expect(page).toHaveURL(/dismiss=done/);
  await expect(page.getByRole("status").filter({ hasText: "Dismissed as not a claim" })).toBeVisible();
  expect(await progress()).toBeLessThan(totalBefore);
  await expect(page.locator(`[data-testid="review-current"] a[href^="/claims/${claimId}"]`)).toHaveCount(0);

  // Gone from the matrix and the export.
  await page.goto(`/stories/${SLUG}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator(`a[href^="/claims/${claimId}"]`)).toHaveCount(0);
  expect(await exportedClaimTexts()).not.toContain(claimText);

  // The claim page says so; restoring brings it back everywhere.
  await page.goto(`/claims/${claimId}`);
  await expect(page.getByTestId("claim-dismissed")).toContainText("Not a claim");
  await page.getByRole("button", { name: "Restore" }).click();
  await expect(page).toHaveURL(/restore=done/);
  await expect(page.getByRole("status").filter({ hasText: "Restored" })).toBeVisible();
  await expect(page.getByTestId("claim-dismissed")).toHaveCount(0);
  await page.goto(`/stories/${SLUG}`);
  await expect(page.locator(`a[href^="/claims/${claimId}"]`).first()).toBeVisible();
  expect(await exportedClaimTexts()).toContain(claimText);
  const log = readDb<{ n: number }>(`SELECT COUNT(*) AS n FROM "AuditLog" WHERE "entityId" = ? AND "action" IN ('claim.dismiss', 'claim.restore')`, claimId);
  expect(log.n).toBe(2);
});
