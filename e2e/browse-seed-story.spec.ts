import { expect, test } from "@playwright/test";

test("a reader follows the seed story from the home page to an article", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/ClaimTrail/);
  const storyLink = page.getByRole("link", { name: /Abraham Accords/ });
  await expect(storyLink).toBeVisible();
  await expect(page.getByText("5 articles")).toBeVisible();

  await storyLink.click();
  await expect(page).toHaveURL(/\/stories\/abraham-accords-expansion$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Abraham Accords");
  const rows = page.getByTestId("article-row");
  await expect(rows).toHaveCount(5);
  // Exactly one article is the reference, and it is the Reuters one.
  const referenceRows = rows.filter({ hasText: "Reference" });
  await expect(referenceRows).toHaveCount(1);
  await expect(referenceRows).toContainText("Reuters");
  await expect(referenceRows).toContainText("wire");

  await rows.filter({ hasText: "Orda.kz" }).getByRole("link", { name: "Trump Reportedly Weighs Including Central Asia in Abraham Accords" }).click();
  await expect(page).toHaveURL(/\/articles\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trump Reportedly Weighs Including Central Asia in Abraham Accords");
  // The reader keeps the whole imported text; the author box is page chrome, folded away.
  await expect(page.getByTestId("raw-text")).toContainText("Original Author: Nikita Drobny");
  await expect(page.getByTestId("raw-text").locator("details.chrome").filter({ hasText: "Original Author" })).toContainText("author box");
  await expect(page.getByTestId("label-counts")).toContainText("faithful");
  const breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(breadcrumb.getByRole("link", { name: "Trump eyes bringing Azerbaijan and Central Asian nations into the Abraham Accords" })).toBeVisible();
  await expect(breadcrumb.locator('[aria-current="page"]')).toHaveText("Orda.kz");
  await page.screenshot({ path: "test-results/screenshots/article.png", fullPage: true });
});

test("unknown stories and articles get a 404 page", async ({ page }) => {
  const story = await page.goto("/stories/no-such-story");
  expect(story?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  const article = await page.goto("/articles/no-such-article");
  expect(article?.status()).toBe(404);
});
