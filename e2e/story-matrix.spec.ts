import { expect, test, type Page } from "@playwright/test";

const STORY = "/stories/abraham-accords-expansion";

const cells = (page: Page, outlet: string, label: string) => page.locator(`[data-testid="matrix-cell"][data-outlet="${outlet}"][data-label="${label}"]`);

/** The derivatives' change shares, in column order ("42% changed" → 42). */
async function changeShares(page: Page): Promise<number[]> {
  const headers = await page.getByTestId("matrix-column").allInnerTexts();
  return headers.flatMap((text) => {
    const match = /(\d+)% changed/.exec(text);
    return match ? [Number(match[1])] : [];
  });
}

test("a fact-checker reads the provenance matrix, opens a statement, sorts by changes and follows a cell", async ({ page }) => {
  await page.goto(STORY);
  await expect(page).toHaveTitle(/Abraham Accords.*ClaimTrail/);
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Stories" })).toBeVisible();
  const matrix = page.getByRole("region", { name: "Claims by outlet" });
  await expect(matrix).toBeVisible();
  await expect(page.getByText("Legend: what the labels mean")).toBeVisible();

  // Reference first, then the derivatives; the blog invents, newsbeep softens.
  const headers = matrix.getByRole("columnheader");
  await expect(headers.nth(1)).toContainText("Reuters");
  await expect(headers.nth(1)).toContainText("Reference");
  await expect(matrix.getByRole("columnheader", { name: /The Levant Files/ })).toBeVisible();
  expect(await cells(page, "The Levant Files", "invented").count()).toBeGreaterThanOrEqual(3);
  expect(await cells(page, "newsbeep.com", "softened").count()).toBeGreaterThanOrEqual(1);
  expect(await cells(page, "Reuters", "origin").count()).toBeGreaterThan(20);

  // Open the first statement: its details (actors, places, sourcing) appear under it.
  await matrix.getByRole("link", { name: /details of statement 1$/ }).click();
  await expect(page).toHaveURL(/\?expand=/);
  await expect(matrix.getByRole("rowheader", { name: /sourcing.*sources say/ })).toBeVisible();
  await expect(matrix.getByRole("link", { name: /Hide details of statement 1$/ })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/story-matrix.png", fullPage: true });

  // Most changed first; the open row stays open.
  await page.getByRole("navigation", { name: "Sort outlets" }).getByRole("link", { name: "Most changed" }).click();
  await expect(page).toHaveURL(/sort=changes/);
  await expect(page.getByRole("link", { name: "Most changed" })).toHaveAttribute("aria-current", "true");
  await expect(matrix.getByRole("rowheader", { name: /sourcing.*sources say/ })).toBeVisible();
  await expect(headers.nth(1)).toContainText("Reuters");
  const shares = await changeShares(page);
  expect(shares).toHaveLength(4);
  expect(shares).toEqual([...shares].sort((a, b) => b - a));

  // A cell leads to its claim.
  await cells(page, "The Levant Files", "invented").first().click();
  await expect(page).toHaveURL(/\/claims\/[a-z0-9]+$/);
});

test("the outlet scorecard charts and tabulates every derivative", async ({ page }) => {
  await page.goto(STORY);
  const scorecard = page.getByRole("region", { name: "Outlet scorecard" });
  await expect(scorecard.getByRole("img", { name: /^The Levant Files: .*invented/ })).toBeVisible();
  const rows = scorecard.getByTestId("scorecard-row");
  await expect(rows).toHaveCount(4);
  const levant = rows.filter({ hasText: "The Levant Files" });
  // Columns: outlet, then faithful … omitted in LABELS order, then the faithful share.
  const invented = Number(await levant.getByRole("cell").nth(5).innerText());
  expect(invented).toBeGreaterThanOrEqual(3);
  await expect(levant.getByRole("cell").last()).toContainText(/\d+% \(\d+ of \d+\)/);
  // The article list stays below, reference marked.
  await expect(page.getByTestId("article-row").filter({ hasText: "Reference" })).toContainText("Reuters");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("rows open with plain links and bad parameters fall back to the defaults", async ({ page }) => {
    const response = await page.goto(`${STORY}?sort=bogus&expand=%3Cscript%3E&expand=nope`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("link", { name: "Publication date" })).toHaveAttribute("aria-current", "true");
    await page.getByRole("link", { name: /details of statement 1$/ }).click();
    await expect(page.getByRole("rowheader", { name: /sourcing.*sources say/ })).toBeVisible();
    // Keyboard users see where they are in the matrix.
    const cell = cells(page, "The Levant Files", "invented").first();
    await cell.focus();
    await expect(cell).toBeFocused();
    expect(await cell.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe("solid");
  });
});

test("the matrix scrolls sideways on a phone, with the claim column and header row in place", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(STORY);
  const matrix = page.getByRole("region", { name: "Claims by outlet" });
  await matrix.scrollIntoViewIfNeeded();
  // The page itself does not scroll sideways: only the matrix does.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const firstRowHeader = matrix.getByRole("rowheader").first();
  const before = await firstRowHeader.boundingBox();
  await matrix.evaluate((element) => element.scrollBy(400, 300));
  const after = await firstRowHeader.boundingBox();
  expect(after?.x).toBe(before?.x);
  await expect(matrix.getByRole("columnheader", { name: "Claim", exact: true })).toBeInViewport();
  await page.screenshot({ path: "test-results/screenshots/story-matrix-mobile.png", fullPage: true });
});
