import { expect, test, type Page } from "@playwright/test";

const STORY = "/stories/abraham-accords-expansion";

const cells = (page: Page, outlet: string, label: string) => page.locator(`[data-testid="matrix-cell"][data-outlet="${outlet}"][data-label="${label}"]`);

/** The derivatives' distortion, in column order ("42% distorted" → 42). */
async function distortions(page: Page): Promise<number[]> {
  const headers = await page.getByTestId("matrix-column").allInnerTexts();
  return headers.flatMap((text) => {
    const match = /(\d+)% distorted/.exec(text);
    return match ? [Number(match[1])] : [];
  });
}

/** Every body row of the matrix (group headings left out), as the labels of its cells. */
const rowLabels = (page: Page) =>
  page.getByRole("region", { name: "Claims by outlet" }).evaluate((region) =>
    [...region.querySelectorAll("tbody tr")].filter((row) => !row.querySelector('th[scope="colgroup"]')).map((row) => [...row.querySelectorAll("[data-label]")].map((cell) => cell.getAttribute("data-label"))),
  );

test("a fact-checker reads the provenance matrix, opens a statement, sorts by distortion and follows a cell", async ({ page }) => {
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

  // Most distorted first; the open row stays open. Each column says what its figures count.
  await page.getByRole("navigation", { name: "Sort outlets" }).getByRole("link", { name: "Most distorted" }).click();
  await expect(page).toHaveURL(/sort=distortion/);
  await expect(page.getByRole("navigation", { name: "Sort outlets" }).getByRole("link", { name: "Most distorted" })).toHaveAttribute("aria-current", "true");
  await expect(matrix.getByRole("rowheader", { name: /sourcing.*sources say/ })).toBeVisible();
  await expect(headers.nth(1)).toContainText("Reuters");
  const shares = await distortions(page);
  expect(shares).toHaveLength(4);
  expect(shares).toEqual([...shares].sort((a, b) => b - a));
  await expect(matrix.getByTestId("column-distortion").first()).toContainText(/\d+% distorted \(\d+ of \d+ carried claims\)/);
  await expect(matrix.getByTestId("column-coverage").first()).toContainText(/\d+% coverage \(\d+ of \d+ reference statements\)/);
  await expect(page.getByText("% changed")).toHaveCount(0);

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
  // Cells: distortion, coverage, then invented … faithful (most serious first), then the faithful share.
  await expect(levant.getByTestId("scorecard-distortion")).toContainText(/\d+%/);
  await expect(levant.getByTestId("scorecard-coverage")).toContainText(/\d+%/);
  const invented = Number(await levant.getByRole("cell").nth(2).innerText());
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

test("filters in the URL: invented only, changed only, one outlet, combined; the summary line links to them", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(STORY);
  const matrix = page.getByRole("region", { name: "Claims by outlet" });
  await page.screenshot({ path: "test-results/screenshots/matrix.png" });
  const all = await rowLabels(page);

  // "N invented claims" in the summary leads to the matrix with invented rows only.
  const summary = page.getByTestId("story-summary");
  await expect(summary).toContainText(/Abraham Accords.*: \d+ invented claims?, \d+ altered claims?/);
  const inventedPhrase = summary.getByRole("link", { name: /^\d+ invented claims?$/ });
  const inventedCount = Number((await inventedPhrase.innerText()).split(" ")[0]);
  await inventedPhrase.click();
  await expect(page).toHaveURL(/[?&]label=invented/);
  const invented = await rowLabels(page);
  expect(invented.length).toBeGreaterThan(0);
  expect(invented.length).toBeLessThan(all.length);
  for (const row of invented) expect(row).toContain("invented");
  // The phrase counts invented cells (claims per outlet): the rows shown hold exactly that many.
  expect(invented.flat().filter((label) => label === "invented")).toHaveLength(inventedCount);
  await expect(page.getByRole("status").filter({ hasText: /Showing \d+ of \d+ rows/ })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/matrix-filtered.png" });

  // Changed only: every row has a change (softened, hardened, altered, added or invented).
  await page.goto(`${STORY}?changed=1`);
  const changed = await rowLabels(page);
  for (const row of changed) expect(row.some((label) => ["softened", "hardened", "altered", "added", "invented"].includes(label ?? ""))).toBe(true);
  expect(changed.length).toBeGreaterThanOrEqual(invented.length);

  // One outlet and a label, from the form: the reference and that outlet's column only.
  const form = page.getByRole("form", { name: "Filter the matrix" });
  await form.getByLabel("Outlet").selectOption({ label: "newsbeep.com" });
  await form.getByLabel("Label").selectOption("softened");
  await form.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/changed=1/);
  await expect(page).toHaveURL(/label=softened/);
  await expect(page).toHaveURL(/outlet=[a-z0-9]+/);
  await expect(matrix.getByTestId("matrix-column")).toHaveCount(2);
  await expect(matrix.getByTestId("matrix-column").nth(1)).toHaveAttribute("data-outlet", "newsbeep.com");
  const softened = await rowLabels(page);
  expect(softened.length).toBeGreaterThan(0);
  for (const row of softened) expect(row).toContain("softened");
  // The scorecard and article list follow the outlet filter.
  await expect(page.getByTestId("scorecard-row")).toHaveCount(1);
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(matrix.getByTestId("matrix-column")).toHaveCount(5);
});

test("the matrix uses the page's height: the header row stays at the top as the page scrolls", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(STORY);
  const matrix = page.getByRole("region", { name: "Claims by outlet" });
  // No inner scroll box: the region is as tall as its table.
  const sizes = await matrix.evaluate((element) => ({ client: element.clientHeight, scroll: element.scrollHeight, overflow: getComputedStyle(element).overflowY }));
  expect(sizes.overflow).toBe("visible");
  expect(sizes.scroll).toBeLessThanOrEqual(sizes.client + 1);
  const corner = matrix.getByRole("columnheader", { name: "Claim", exact: true });
  const top = (await matrix.boundingBox())!.y;
  await page.evaluate((y) => window.scrollTo(0, y), top + 1200);
  const box = await corner.boundingBox();
  expect(Math.abs(box!.y)).toBeLessThanOrEqual(1);
  await expect(matrix.getByRole("columnheader", { name: /The Levant Files/ })).toBeInViewport();
  // Claims are shown in full, not cut to two lines.
  const clamp = await matrix.getByRole("rowheader").first().locator("a").first().evaluate((element) => getComputedStyle(element).webkitLineClamp);
  expect(["none", ""]).toContain(clamp);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole("heading", { name: "Outlet scorecard" }).scrollIntoViewIfNeeded();
  await page.getByRole("region", { name: "Outlet scorecard" }).screenshot({ path: "test-results/screenshots/scorecard.png" });
});

test.describe("filters without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form and sortable scorecard work as plain GET requests", async ({ page }) => {
    await page.goto(STORY);
    const form = page.getByRole("form", { name: "Filter the matrix" });
    await form.getByLabel("Label").selectOption("invented");
    await form.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/label=invented/);
    for (const row of await rowLabels(page)) expect(row).toContain("invented");
    await page.getByRole("region", { name: "Outlet scorecard" }).getByRole("link", { name: "Coverage" }).click();
    await expect(page).toHaveURL(/sort=coverage/);
    await expect(page).toHaveURL(/label=invented/);
    const coverage = await page.getByTestId("scorecard-coverage").allInnerTexts();
    const shares = coverage.map((text) => Number(/(\d+)%/.exec(text)?.[1]));
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
  });
});

test("on a phone the matrix scrolls in its own box, the page stays the screen's width, and the claim column and header row stay in place", async ({ browser }) => {
  // A phone's browser (isMobile: the viewport meta tag and shrink-to-fit apply): a page wider than
  // the screen would load zoomed out.
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(STORY);
  expect(await page.evaluate(() => [window.innerWidth, document.documentElement.scrollWidth])).toEqual([375, 375]);
  const matrix = page.getByRole("region", { name: "Claims by outlet" });
  await matrix.scrollIntoViewIfNeeded();
  const box = (await matrix.boundingBox())!;
  expect(box.height).toBeLessThanOrEqual(800);
  const firstRowHeader = matrix.getByRole("rowheader").nth(1);
  const columnStart = (await firstRowHeader.boundingBox())!.x;
  await matrix.evaluate((element) => element.scrollBy(300, 600));
  expect(await matrix.evaluate((element) => [element.scrollLeft > 0, element.scrollTop > 0])).toEqual([true, true]);
  const after = await firstRowHeader.boundingBox();
  expect(Math.abs(after!.x - columnStart)).toBeLessThanOrEqual(1);
  const corner = await matrix.getByRole("columnheader", { name: "Claim", exact: true }).boundingBox();
  expect(Math.abs(corner!.y - box.y)).toBeLessThanOrEqual(2);
  await page.screenshot({ path: "test-results/screenshots/matrix-phone.png" });
  await context.close();
});
