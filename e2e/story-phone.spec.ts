import { expect, test } from "@playwright/test";

const STORY = "/stories/abraham-accords-expansion";

test.describe("on a 375 px phone", () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test("the story page keeps the article titles, the scorecard's invented column and a short header on screen", async ({ page }) => {
    await page.goto(STORY);
    const header = await page.getByRole("banner").boundingBox();
    expect(header!.height).toBeLessThanOrEqual(120);

    // Articles: one card per article, its title link inside the screen's width.
    const rows = page.getByTestId("article-row");
    await expect(rows).toHaveCount(5);
    for (const row of await rows.all()) {
      const title = await row.getByRole("link").first().boundingBox();
      expect(title!.x).toBeGreaterThanOrEqual(0);
      expect(title!.x + title!.width).toBeLessThanOrEqual(375);
    }
    // Where a text came from is said in the list too.
    await expect(rows.filter({ hasText: "Reuters" }).first()).toContainText("lacks the Reuters lead paragraph");

    // The scorecard's invented column is within the first screen's width, without scrolling the table.
    const scorecard = page.getByRole("region", { name: "Outlet scorecard" });
    const inventedHead = scorecard.getByRole("columnheader", { name: /invented/ });
    await inventedHead.scrollIntoViewIfNeeded();
    const box = await inventedHead.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    await page.screenshot({ path: "test-results/screenshots/story-phone.png", fullPage: true });
  });

  test("search results start on the first screen", async ({ page }) => {
    await page.goto("/claims?q=Lightstone");
    const first = page.getByTestId("claim-result").first();
    await expect(first).toBeVisible();
    const box = await first.boundingBox();
    expect(box!.y).toBeLessThan(812);
    await page.screenshot({ path: "test-results/screenshots/search-phone.png" });
  });
});
