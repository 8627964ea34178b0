import { expect, test, type Page } from "@playwright/test";

const STORY = "/stories/abraham-accords-expansion";

async function openFromStory(page: Page, outlet: string, title: RegExp) {
  await page.goto(STORY);
  await page.getByTestId("article-row").filter({ hasText: outlet }).getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(/\/articles\/[^/#]+$/);
}

test("the blog's sentences are labelled and explained, its page chrome folded, deep links marked", async ({ page }) => {
  await openFromStory(page, "The Levant Files", /White House Courts Baku/);
  await expect(page).toHaveTitle(/^The Levant Files: White House Courts Baku .* · ClaimTrail$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("White House Courts Baku and Central Asia for a Second-Wave Abraham Accords");
  const breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(breadcrumb.getByRole("link", { name: "Stories" })).toBeVisible();
  await expect(breadcrumb.getByRole("link", { name: /Abraham Accords/ })).toBeVisible();
  await expect(breadcrumb.locator('[aria-current="page"]')).toHaveText("The Levant Files");

  // Invented sentences are tinted and carry the "invented" chip (colour is never the only cue).
  const invented = page.locator('.sentence[data-label="invented"]');
  expect(await invented.count()).toBeGreaterThanOrEqual(3);
  await expect(invented.first().locator('> [data-label="invented"]')).toHaveText(/invented/);
  await expect(page.getByTestId("label-counts")).toContainText("invented");

  // Keyboard: a sentence takes focus and shows the reference wording, reasons and confidence.
  await page.mouse.move(0, 0);
  const faithful = page.locator('.sentence[data-label="faithful"]').first();
  const id = await faithful.getAttribute("id");
  await faithful.focus();
  await expect(faithful).toBeFocused();
  const popover = page.getByRole("note", { name: `Sentence ${Number(id?.slice(2)) + 1} explained` });
  await expect(popover).toBeVisible();
  await expect(popover).toContainText("Reference sentence");
  await expect(popover).toContainText(/confidence \d\.\d\d/);
  await expect(popover).toContainText("Why");
  await expect(popover.getByRole("link", { name: "claim page" }).first()).toHaveAttribute("href", /^\/claims\/[^/]+#a-/);
  await page.keyboard.press("Tab");
  await expect(popover.getByRole("link", { name: "claim page" }).first()).toBeFocused();
  await page.screenshot({ path: "test-results/screenshots/article-reader-popover.png" });

  // Hover: an invented sentence explains itself without any click (once keyboard focus has left).
  await page.getByRole("heading", { level: 1 }).click();
  await invented.first().hover();
  const inventedId = Number((await invented.first().getAttribute("id"))?.slice(2));
  await expect(page.getByRole("note", { name: `Sentence ${inventedId + 1} explained` })).toBeVisible();
  await expect(page.getByRole("note", { name: `Sentence ${inventedId + 1} explained` })).toContainText("invented");

  // Page chrome is folded away with its reason, and can be shown.
  const chrome = page.locator("details.chrome").filter({ hasText: "related links" });
  await expect(chrome.locator("summary")).toContainText(/\d+ lines of page chrome hidden \(related links/);
  await expect(chrome.locator("div")).toBeHidden();
  await chrome.getByText("show", { exact: true }).click();
  await expect(chrome.locator("div")).toBeVisible();
  await expect(chrome.getByText("hide", { exact: true })).toBeVisible();

  // A deep link scrolls to the sentence and marks it.
  await page.goto(`${page.url().replace(/#.*$/, "")}#s-3`);
  const target = page.locator("#s-3");
  await expect(target).toBeInViewport();
  expect(await target.evaluate((element) => element.matches(":target"))).toBe(true);
  await expect(target).toHaveCSS("outline-color", "rgb(180, 83, 9)");
  await page.mouse.move(0, 0);
  await page.screenshot({ path: "test-results/screenshots/article-reader.png", fullPage: true });
});

test("the reference lists its claims with how many outlets carry each", async ({ page }) => {
  await openFromStory(page, "Reuters", /sources say$/);
  await expect(page.getByRole("definition").filter({ hasText: "Reference" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Claims in this report \(\d+\)/ })).toBeVisible();
  const claims = page.getByTestId("reference-claim");
  expect(await claims.count()).toBeGreaterThan(10);
  await expect(claims.first().getByTestId("outlet-count")).toHaveText(/^\d of 4 outlets$/);
  await expect(page.getByTestId("outlet-count").filter({ hasText: "4 of 4 outlets" }).first()).toBeVisible();
  await expect(claims.first().getByRole("link").first()).toHaveAttribute("href", /^\/claims\/[^/]+$/);
  // Its sentences carry a count badge instead of a label, and explain their claims on focus.
  await page.locator("#s-0").focus();
  await expect(page.getByRole("note", { name: "Sentence 1 explained" })).toContainText(/carried by \d of 4 outlets/);
  await page.screenshot({ path: "test-results/screenshots/article-reader-reference.png", fullPage: true });
});

test("on a 375 px phone the reader fits the screen and explains a tapped sentence", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openFromStory(page, "The Levant Files", /White House Courts Baku/);
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  await page.locator("#s-2").click();
  const popover = page.getByRole("note", { name: "Sentence 3 explained" });
  await expect(popover).toBeVisible();
  const box = await popover.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
  await page.screenshot({ path: "test-results/screenshots/article-reader-mobile.png", fullPage: true });
});

test("the site header searches claims and the skip link jumps to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Claims" })).toHaveAttribute("href", "/claims");
  await page.getByLabel("Search claims").fill("Lightstone");
  await page.getByLabel("Search claims").press("Enter");
  await expect(page).toHaveURL(/\/claims\?q=Lightstone$/);
});
