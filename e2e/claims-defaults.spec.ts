import { expect, test } from "@playwright/test";

// A reading page: works without JavaScript.
test.use({ javaScriptEnabled: false });

test("the claims list starts with changed statements and new material, details on demand, naming the outlets", async ({ page }) => {
  await page.goto("/claims");
  const summary = page.getByTestId("claims-summary");
  await expect(summary).toContainText("changed statements and new material only");
  const shown = Number(await page.getByTestId("claims-total").textContent());
  await expect(page.getByRole("main").getByLabel("Kind", { exact: true }).locator("option:checked")).toHaveText("Changed statements, new material");
  // Each result names the outlets that carry it.
  const one = page.getByTestId("claim-outlets").filter({ hasText: /^1 outlet carries it: \S/ }).first();
  await expect(one).toBeVisible();
  await expect(page.getByTestId("claim-outlets").filter({ hasText: /outlets carry it: [^,]+, / }).first()).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/claims-defaults.png", fullPage: true });

  await summary.getByRole("link", { name: /^Show all \d+, with details and unchanged statements$/ }).click();
  await expect(page).toHaveURL(/\/claims\?kind=all$/);
  expect(Number(await page.getByTestId("claims-total").textContent())).toBeGreaterThan(shown);
  await expect(page.getByRole("main").getByLabel("Kind", { exact: true })).toHaveValue("all");
});

test("a search looks through every kind of claim unless narrowed", async ({ page }) => {
  await page.goto("/claims");
  const main = page.getByRole("main");
  await main.getByLabel("Search claim wording").fill("Lightstone");
  await main.getByRole("button", { name: "Search" }).click();
  await expect(main.getByLabel("Kind", { exact: true }).locator("option:checked")).toHaveText("Every kind");
  await expect(page.getByRole("link", { name: /^Aryeh Lightstone, a key Witkoff aide/ })).toBeVisible();
});
