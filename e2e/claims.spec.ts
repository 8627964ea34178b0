import { expect, test, type Page } from "@playwright/test";

const LIGHTSTONE = /^Aryeh Lightstone, a key Witkoff aide, met Aliyev/;

/** The number of results the summary line announces. */
async function total(page: Page): Promise<number> {
  return Number(await page.getByTestId("claims-total").textContent());
}

test("a fact-checker searches the claims for Lightstone and finds the claim", async ({ page }) => {
  await page.goto("/claims");
  await expect(page).toHaveTitle(/^Claims · ClaimTrail$/);
  await expect(page.getByRole("heading", { level: 1, name: "Claims" })).toBeVisible();
  const main = page.getByRole("main");
  await main.getByLabel("Search claim wording").fill("Lightstone");
  await main.getByRole("button", { name: "Search" }).click();
  // Before hydration the browser submits the plain GET form (every field); after, the clean URL.
  await expect(page).toHaveURL(/\/claims\?q=Lightstone(&|$)/);
  await expect(page).toHaveTitle(/Claims matching “Lightstone”/);
  const result = page.getByTestId("claim-result").filter({ has: page.getByRole("link", { name: LIGHTSTONE }) });
  await expect(result).toHaveCount(1);
  // The searched word is highlighted, and the result summarises how outlets treat the claim.
  await expect(result.locator("mark").first()).toHaveText("Lightstone");
  await expect(result.getByRole("list", { name: "Outlets per label" })).toContainText("faithful");
  await expect(page.getByTestId("claims-summary")).toContainText("match “Lightstone”");
  await page.screenshot({ path: "test-results/screenshots/claims-index.png", fullPage: true });
});

test("with JavaScript, results follow the search box as the user types", async ({ page }) => {
  await page.goto("/claims");
  await page.waitForLoadState("networkidle");
  const box = page.getByRole("main").getByLabel("Search claim wording");
  await box.pressSequentially("Lightst", { delay: 40 });
  await expect(page).toHaveURL(/\/claims\?q=Lightst$/);
  await expect(page.getByRole("link", { name: LIGHTSTONE })).toBeVisible();
  // The box keeps focus and what was typed.
  await expect(box).toBeFocused();
  await expect(box).toHaveValue("Lightst");
});

test("the search works without JavaScript, and every state is in the URL", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/claims");
  const main = page.getByRole("main");
  await main.getByLabel("Search claim wording").fill("lightst");
  await main.getByLabel("Kind", { exact: true }).selectOption("statement");
  await main.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=lightst/);
  await expect(page).toHaveURL(/kind=statement/);
  await expect(page.getByRole("link", { name: LIGHTSTONE })).toBeVisible();
  await expect(main.getByLabel("Kind", { exact: true })).toHaveValue("statement");
  await context.close();
});

test("a filter by label narrows the list", async ({ page }) => {
  await page.goto("/claims");
  // Hydrated, so a select change applies the filter at once (without JS: the Search button).
  await page.waitForLoadState("networkidle");
  const all = await total(page);
  expect(all).toBeGreaterThan(20);
  await expect(page.getByRole("navigation", { name: "Pagination" })).toContainText(`Page 1 of ${Math.ceil(all / 25)}`);
  await page.getByRole("main").getByLabel("Label", { exact: true }).selectOption("invented");
  await expect(page).toHaveURL(/label=invented/);
  await expect.poll(() => total(page)).toBeLessThan(all);
  const invented = await total(page);
  expect(invented).toBeGreaterThan(0);
  const results = page.getByTestId("claim-result");
  await expect(results).toHaveCount(Math.min(invented, 25));
  for (const result of await results.all()) await expect(result.locator('[data-label="invented"]')).toHaveCount(1);
  // Narrower still: invented by one outlet.
  await page.getByRole("main").getByLabel("Outlet", { exact: true }).selectOption({ label: "The Levant Files" });
  await expect(page).toHaveURL(/outlet=/);
  await expect.poll(() => total(page)).toBeLessThanOrEqual(invented);
  await page.getByRole("link", { name: "Clear the filters" }).click();
  await expect(page).toHaveURL(/\/claims$/);
  await expect.poll(() => total(page)).toBe(all);
});

test("a search with no match says what to do next", async ({ page }) => {
  await page.goto("/claims?q=zzqxv&label=invented");
  await expect(page.getByRole("heading", { name: /No claim matches “zzqxv” with these filters/ })).toBeVisible();
  await page.getByRole("link", { name: "Show every claim" }).click();
  await expect(page).toHaveURL(/\/claims$/);
  await expect(page.getByTestId("claim-result")).toHaveCount(25);
});

test("invalid URL values fall back instead of failing", async ({ page }) => {
  const response = await page.goto("/claims?page=abc&label=fake&sort=random&review=maybe&kind=x&story=../x");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("claim-result")).toHaveCount(25);
  const past = await page.goto("/claims?page=999");
  expect(past?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "No page 999" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the last page" }).click();
  await expect(page.getByTestId("claim-result").first()).toBeVisible();
});

test("a claim page shows each outlet's wording as a word diff against the reference", async ({ page }) => {
  await page.goto("/claims?q=Lightstone");
  await page.getByRole("link", { name: LIGHTSTONE }).click();
  await expect(page).toHaveURL(/\/claims\/[^/?#]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Aryeh Lightstone, a key Witkoff aide");
  await expect(page).toHaveTitle(/^Claim: Aryeh Lightstone/);
  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(crumbs.getByRole("link", { name: "Stories" })).toBeVisible();
  await expect(crumbs.getByRole("link", { name: /Trump eyes bringing Azerbaijan/ })).toBeVisible();

  const blocks = page.getByTestId("appearance");
  expect(await blocks.count()).toBeGreaterThanOrEqual(2);
  await expect(blocks.first()).toContainText("Reuters");
  await expect(blocks.first()).toHaveAttribute("data-reference", "true");
  await expect(blocks.first()).toHaveAttribute("id", /^a-/);
  const derivatives = page.locator('[data-testid="appearance"][data-reference="false"]');
  await expect(derivatives.locator("ins").first()).toBeVisible();
  await expect(derivatives.locator("del").first()).toBeVisible();
  // Screen readers hear what changed, not just styling.
  await expect(derivatives.locator("ins").first()).toContainText("[inserted:");
  await expect(derivatives.locator("del").first()).toContainText("[deleted:");
  await expect(derivatives.first().locator("[data-label]").first()).toBeVisible();
  await expect(derivatives.first()).toContainText(/confidence \d\.\d\d/);
  await expect(page.getByTestId("omitted-by")).toContainText("Orda.kz");
  await page.screenshot({ path: "test-results/screenshots/claim.png", fullPage: true });

  // Each wording links to its exact sentence in the article.
  const sentenceLink = derivatives.first().getByRole("link", { name: /Read it in the article \(sentence \d+\)/ });
  await expect(sentenceLink).toHaveAttribute("href", /^\/articles\/[^/#]+#s-\d+$/);
  await sentenceLink.click();
  await expect(page).toHaveURL(/\/articles\/[^/#]+#s-\d+$/);
});

test("a detail claim names its statement, and unknown claims are 404", async ({ page }) => {
  await page.goto("/claims?q=Aryeh+Lightstone&kind=detail");
  await page.getByRole("link", { name: "Aryeh Lightstone", exact: true }).click();
  await expect(page.getByText("A detail of the statement")).toBeVisible();
  await page.getByRole("link", { name: /Aryeh Lightstone, a key Witkoff aide/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Details of this statement" })).toBeVisible();
  const missing = await page.goto("/claims/no-such-claim");
  expect(missing?.status()).toBe(404);
});

test("the claims pages fit a 375 px phone without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/claims?q=Lightstone");
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.getByRole("link", { name: LIGHTSTONE }).click();
  await expect(page.getByTestId("appearance").first()).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
});
