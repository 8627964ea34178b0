import { expect, test } from "@playwright/test";

const STORY = "/stories/abraham-accords-expansion";
const CARRIERS = ["AnewZ", "newsbeep.com", "The Levant Files", "Orda.kz"];

// Without JavaScript: the graph is server-rendered SVG and the table is plain HTML.
test.use({ javaScriptEnabled: false });

test("a fact-checker opens the lineage of the seed story and sees who copied whom, without JavaScript", async ({ page }) => {
  await page.goto(STORY);
  await page.getByRole("link", { name: "Lineage: who copied whom" }).click();
  await expect(page).toHaveURL(`${STORY}/lineage`);
  await expect(page.getByRole("heading", { level: 1, name: "Who copied whom" })).toBeVisible();

  // The graph: one node per article, one arrow per derivative, a dotted column joining the four
  // carriers of "five sources".
  await expect(page.getByRole("img", { name: "Lineage graph: who most likely copied whom" })).toBeVisible();
  const graph = page.getByTestId("lineage-graph");
  for (const outlet of ["Reuters", ...CARRIERS]) await expect(graph.locator("tspan", { hasText: new RegExp(`^${outlet.replace(".", "\\.")}$`) })).toBeVisible();
  expect(await graph.getByTestId("lineage-edge").count()).toBeGreaterThanOrEqual(CARRIERS.length);
  const five = graph.getByTestId("lineage-shared-detail").filter({ hasText: "five" });
  // One circle per carrier of the detail; the engine may cluster further wordings of it (more carriers).
  expect(await five.locator("circle").count()).toBeGreaterThanOrEqual(CARRIERS.length);

  // The table: each derivative, its source, score and evidence; every carrier names the other three.
  const table = page.getByRole("table", { name: /most likely source/ });
  await expect(table.getByRole("rowheader")).toHaveText(CARRIERS.map((outlet) => new RegExp(`^${outlet.replace(".", "\\.")}`)));
  for (const outlet of CARRIERS) {
    const row = table.locator(`tr[data-article="${outlet}"]`);
    await expect(row).toContainText("five");
    for (const other of CARRIERS.filter((name) => name !== outlet)) await expect(row).toContainText(other);
  }

  // The shared details, first appearance first.
  const shared = page.getByTestId("lineage-shared-details");
  await expect(shared.getByRole("listitem").first()).toContainText("First in AnewZ: “five sources familiar with the matter told”");
  await page.screenshot({ path: "test-results/screenshots/lineage.png", fullPage: true });

  // Orda's wording is a new detail of its own: its claim page traces it back to AnewZ.
  await shared.getByRole("link", { name: "“citing five sources”" }).first().click();
  const origin = page.getByRole("region", { name: "Where it first appeared" });
  await expect(origin).toContainText("First in AnewZ");
  await expect(origin.getByRole("listitem")).toHaveText([/^newsbeep\.com/, /^The Levant Files/, /^Orda\.kz/]);
  await page.screenshot({ path: "test-results/screenshots/claim-lineage.png", fullPage: true });
});
