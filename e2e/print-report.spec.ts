import { expect, test } from "@playwright/test";

const SLUG = "abraham-accords-expansion";

/**
 * Most A4 pages the seed story's print report may take. Measured: 12 pages (Chromium's page.pdf,
 * 3 Dec 2026) where the report used to take 27 (a page per section, faithful wordings and one-word
 * additions listed as changes). The bound leaves room for engine changes that add a few items.
 */
const MAX_PAGES = 14;

test("the print report is the document an editor sends: summary and scorecard first, then invented, altered, hardened, softened with diffs, then the appendix", async ({ page }) => {
  await page.goto(`/stories/${SLUG}/report`);
  const headings = (await page.locator(".ct-report h2").allTextContents()).map((text) => text.replace(/^[^\p{L}]+/u, "").trim());
  expect(headings).toEqual(["Summary", "Scorecard", "Invented", "Altered", "Hardened", "Softened", "Appendix: added and omitted", "Who copied whom", "Changes after publication", "Articles"]);

  // Every figure names what it counts; the sections list wordings with the sentence and the word diff.
  await expect(page.getByText(/wordings invented, altered, hardened or softened, listed by label from page 2/)).toBeVisible();
  const invented = page.locator('[data-testid="report-section"][data-label="invented"]');
  await expect(invented.getByText(/^\d+ wordings in \d+ claims: /)).toBeVisible();
  expect(await page.getByTestId("report-diff").count()).toBeGreaterThan(5);
  expect(await page.locator("[data-testid=report-section] ins").count()).toBeGreaterThan(5);
  await expect(page.getByTestId("lineage-graph")).toBeVisible();

  // On paper: summary and scorecard share page one, the changes start page two.
  await page.emulateMedia({ media: "print" });
  expect(await page.locator(".ct-page-one").evaluate((element) => getComputedStyle(element).breakBefore)).not.toBe("page");
  expect(await page.locator(".ct-changes").evaluate((element) => getComputedStyle(element).breakBefore)).toBe("page");
  // A4 less report-print.css's @page margins (16 mm each side, 18 mm top and bottom) at 96 px per inch:
  // the summary and the scorecard end within the first sheet's printable height.
  const mm = 96 / 25.4;
  await page.setViewportSize({ width: Math.floor((210 - 2 * 16) * mm), height: Math.floor((297 - 2 * 18) * mm) });
  const pageOneBottom = await page.locator(".ct-page-one").evaluate((element) => element.getBoundingClientRect().bottom - document.querySelector(".ct-report")!.getBoundingClientRect().top);
  console.log(`page one: ${Math.round(pageOneBottom)} of ${Math.floor((297 - 2 * 18) * mm)} px`);
  expect(pageOneBottom).toBeLessThanOrEqual((297 - 2 * 18) * mm);
  await page.screenshot({ path: "test-results/screenshots/print-report-page-one.png" });
  await page.getByTestId("report-item").first().screenshot({ path: "test-results/screenshots/print-report-item.png" });
  const pdf = await page.pdf({ format: "A4", path: "test-results/print-report.pdf" });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
  console.log(`print report: ${pages} A4 pages`);
  expect(pages).toBeGreaterThan(1);
  expect(pages).toBeLessThanOrEqual(MAX_PAGES);
});
