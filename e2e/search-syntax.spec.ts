import { expect, test, type Page } from "@playwright/test";

// Reading page: the search syntax works without JavaScript (a plain GET form).
test.use({ javaScriptEnabled: false });

/** Searches /claims for `q` through the form and returns the announced number of results. */
async function searchFor(page: Page, q: string): Promise<number> {
  await page.goto("/claims");
  const main = page.getByRole("main");
  await main.getByLabel("Search claim wording").fill(q);
  await main.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("claims-summary")).toBeVisible();
  return Number(await page.getByTestId("claims-total").textContent());
}

test("the syntax is documented under the search box", async ({ page }) => {
  await page.goto("/claims");
  const box = page.getByRole("main").getByLabel("Search claim wording");
  // The help is the box's description, so a screen reader reads it with the box.
  await expect(box).toHaveAccessibleDescription(/OR .*leaves it out.*together.*60,000/);
});

test("OR finds either word", async ({ page }) => {
  const lightstone = await searchFor(page, "Lightstone");
  const witkoff = await searchFor(page, "Witkoff");
  const either = await searchFor(page, "Lightstone OR Witkoff");
  expect(either).toBeGreaterThanOrEqual(Math.max(lightstone, witkoff));
  expect(either).toBeLessThanOrEqual(lightstone + witkoff);
  // Both words are marked in the results.
  const marks = page.getByTestId("claim-result").locator("mark");
  await expect(marks.filter({ hasText: /^Lightstone$/ }).first()).toBeVisible();
  await expect(marks.filter({ hasText: /^Witkoff$/ }).first()).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/search-syntax-or.png", fullPage: true });
});

test("a minus leaves a word out", async ({ page }) => {
  const officials = await searchFor(page, "officials");
  const without = await searchFor(page, "officials -Kazakhstan");
  expect(without).toBeGreaterThan(0);
  expect(without).toBeLessThan(officials);
  await expect(page.getByRole("list", { name: "Claims" })).not.toContainText("Kazakhstan");
});

test("a quoted phrase keeps its words together", async ({ page }) => {
  const phrase = await searchFor(page, '"senior aide"');
  expect(phrase).toBeGreaterThan(0);
  expect(await searchFor(page, '"aide senior"')).toBe(0);
  await expect(page.getByRole("heading", { name: /No claim matches/ })).toBeVisible();
});

test("a number finds its other written forms", async ({ page }) => {
  for (const q of ["60000", "60k", "60,000"]) {
    expect(await searchFor(page, q), q).toBeGreaterThan(0);
    await expect(page.getByRole("list", { name: "Claims" }).getByRole("link", { name: /60,000/ }).first()).toBeVisible();
  }
});

test("bad syntax stays safe", async ({ page }) => {
  for (const q of ['"', "OR", "-", 'NEAR(x "y', "Lightstone OR OR -"]) {
    await searchFor(page, q);
    await expect(page.getByRole("heading", { level: 1, name: "Claims" })).toBeVisible();
  }
});
test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("the header is short and the first results are on the first screen", async ({ page }) => {
    await searchFor(page, "Lightstone OR Witkoff");
    const header = await page.getByRole("banner").boundingBox();
    expect(header!.height).toBeLessThanOrEqual(120);
    const first = page.getByTestId("claim-result").first();
    await expect(first).toBeInViewport();
    await page.screenshot({ path: "test-results/screenshots/search-syntax-phone.png" });
  });
});
