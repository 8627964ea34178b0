import { expect, test, type Page } from "@playwright/test";

// A reading page: works without JavaScript.
test.use({ javaScriptEnabled: false });

const STORY = "/stories/abraham-accords-expansion";

/** From the story page's article list to one outlet's changes. */
async function openOutlet(page: Page, outlet: string): Promise<void> {
  await page.goto(STORY);
  await page.getByRole("link", { name: `What ${outlet} changed` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${outlet}: what it changed` })).toBeVisible();
}

test.describe("on a desktop", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("a fact-checker opens one outlet's changes: full sentence, reference sentence and word diff", async ({ page }) => {
    await openOutlet(page, "The Levant Files");
    await expect(page).toHaveURL(/\/stories\/abraham-accords-expansion\/outlets\/[a-z0-9]+$/);
    await expect(page.getByTestId("outlet-summary")).toContainText(/\d+ changes against the reference/);
    await expect(page.getByRole("list", { name: "Changes per label" })).toContainText("invented");
    const sentences = page.getByTestId("changed-sentence");
    expect(await sentences.count()).toBeGreaterThan(3);

    // An invented item: new material, nothing to diff against.
    const invented = page.getByTestId("outlet-change").and(page.locator('[data-label="invented"]')).first();
    await expect(invented).toContainText("invented");
    // A changed reference claim: the reference sentence and a word diff with insertions or deletions.
    const changed = page.getByTestId("outlet-change").filter({ has: page.getByTestId("outlet-diff").locator("ins, del") }).first();
    await expect(changed.getByTestId("outlet-diff")).toContainText("Reference →");
    await expect(changed.getByRole("list", { name: "Reasons" })).toBeVisible();

    // Each sentence links to its place in the article.
    const link = sentences.first().getByRole("link", { name: /^Sentence \d+$/ });
    await expect(link).toHaveAttribute("href", /^\/articles\/[a-z0-9]+#s-\d+$/);
    await page.screenshot({ path: "test-results/screenshots/outlet-view.png", fullPage: true });
    await link.click();
    await expect(page).toHaveURL(/\/articles\/[a-z0-9]+#s-\d+$/);
  });

  test("the reference's outlet has nothing to compare, and unknown outlets are 404", async ({ page }) => {
    const response = await page.goto(`${STORY}/outlets/nosuchoutlet`);
    expect(response?.status()).toBe(404);
    await page.goto(STORY);
    // The reference row has no "what it changed" link.
    await expect(page.getByRole("link", { name: /^What Reuters changed$/ })).toHaveCount(0);
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("the outlet's changes fit the screen, and the story's article links stay on screen", async ({ page }) => {
    await openOutlet(page, "The Levant Files");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: "test-results/screenshots/outlet-view-phone.png", fullPage: true });
    await page.goto(STORY);
    const rows = page.getByTestId("article-row");
    for (const row of await rows.all()) {
      const title = row.getByRole("link").first();
      const box = await title.boundingBox();
      expect(box, "title link laid out").not.toBeNull();
      expect(box!.x + Math.min(box!.width, 40)).toBeLessThanOrEqual(375);
    }
  });
});
