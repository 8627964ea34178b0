import { expect, test, type Page } from "@playwright/test";
import { account, ensureAccount, readDb, signIn } from "./accounts";

// An editor builds a story without touching the seed folder: creates it, pastes a wire report and
// a rewrite, uploads a web page, sees the matrix, moves the reference, downloads every export.
const editor = account("editor", "importer");
test.beforeAll(() => ensureAccount(editor));

const WIRE = `Port operators agree to resume talks with dockworkers

Port operators on the East Coast will resume contract talks with the dockworkers' union next week, three people familiar with the matter said on Tuesday.

The talks could end a strike that has idled 14 ports since October 1, the people said.

The union is seeking a 77% wage increase over six years, according to a draft proposal seen by the news agency.

It was not clear whether the White House would take part in the negotiations.`;

const REWRITE = `Strike may end soon as talks resume

Port operators may resume contract talks with the dockworkers' union, according to reports.

The talks will end a strike that has idled 14 ports since October 1.

"We are ready to sign this week," a union official told reporters.`;

const PAGE = `<!DOCTYPE html><html><head><title>Dockworkers and ports return to the table</title></head><body>
<nav><a href="/">Home</a> <a href="/business">Business</a> <a href="/subscribe">Subscribe</a></nav>
<article><h1>Dockworkers and ports return to the table</h1>
<p>East Coast port operators will resume contract talks with the dockworkers' union next week, three people familiar with the matter said.</p>
<p>The union wants a 70% raise over six years, the people said, and the strike has idled 14 ports since October 1.</p>
<p>Shipping lines have diverted vessels to West Coast ports while the strike lasts, adding days to deliveries.</p></article>
<footer>© Harbour Daily. Cookie settings. Newsletter.</footer></body></html>`;

async function fillArticle(page: Page, index: number, fields: { text?: string; outlet: string; kind?: string; title?: string; url?: string; date?: string }) {
  const article = page.getByRole("group", { name: `Article ${index}` });
  if (fields.text !== undefined) await article.getByLabel(`Text of article ${index}`).fill(fields.text);
  await article.getByLabel("Outlet", { exact: true }).fill(fields.outlet);
  if (fields.kind) await article.getByLabel("Kind (new outlets)").selectOption(fields.kind);
  if (fields.title) await article.getByLabel("Title (optional)").fill(fields.title);
  if (fields.url) await article.getByLabel("URL (optional)").fill(fields.url);
  if (fields.date) await article.getByLabel("Published (optional)").fill(fields.date);
}

test("an editor creates a story from pasted text and an uploaded page, moves the reference, and downloads every export", async ({ page }) => {
  await signIn(page, editor);
  await page.getByRole("link", { name: "New story" }).first().click();
  await page.getByLabel("Title").fill("Port strike talks resume");
  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page).toHaveURL(/\/stories\/port-strike-talks-resume\/articles\/new$/);
  await expect(page.getByRole("heading", { name: "Add articles" })).toBeVisible();

  // A refused batch says why and saves nothing.
  await fillArticle(page, 1, { text: "   ", outlet: "Wire One", kind: "wire" });
  await page.getByRole("button", { name: "Import and analyse" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was saved" })).toContainText("Article 1 › text: is empty");
  expect(readDb<{ n: number }>("SELECT COUNT(*) AS n FROM Article a JOIN Story s ON s.id = a.storyId WHERE s.slug = ?", "port-strike-talks-resume").n).toBe(0);

  // Two pasted articles; the first is the reference (checked by default on a story without one).
  await fillArticle(page, 1, { text: WIRE, outlet: "Wire One", kind: "wire", url: "https://wire.example/ports", date: "2024-10-08T09:30" });
  await expect(page.getByRole("group", { name: "Article 1" }).getByLabel(/Reference report/)).toBeChecked();
  await page.getByRole("button", { name: "Add another article" }).click();
  await fillArticle(page, 2, { text: REWRITE, outlet: "Daily Two", kind: "newspaper", date: "2024-10-09T14:00" });
  await page.getByRole("button", { name: "Import 2 articles and analyse" }).click();

  await expect(page).toHaveURL(/\/stories\/port-strike-talks-resume$/);
  await expect(page.getByRole("heading", { level: 1, name: "Port strike talks resume" })).toBeVisible();
  await expect(page.getByText("Reference: Wire One")).toBeVisible();
  const matrix = page.getByRole("region", { name: "Claims by outlet" });
  await expect(matrix.getByRole("columnheader", { name: /Daily Two/ })).toBeVisible();
  const dailyCells = page.locator('[data-testid="matrix-cell"][data-outlet="Daily Two"]');
  // The rewrite hedges ("will" → "may") and hardens ("could end" → "will end"); its union quote is not in the wire copy.
  await expect(dailyCells.and(page.locator('[data-label="softened"]')).first()).toBeVisible();
  await expect(dailyCells.and(page.locator('[data-label="hardened"]')).first()).toBeVisible();
  await expect(page.locator('[data-testid="matrix-cell"][data-outlet="Daily Two"][data-label="invented"]').first()).toBeVisible();

  // An uploaded web page: reduced to its article, analysed against the reference.
  await page.getByRole("link", { name: "Add articles" }).click();
  await page.locator('input[type="file"][multiple]').setInputFiles({ name: "harbour-daily.html", mimeType: "text/html", buffer: Buffer.from(PAGE) });
  await expect(page.getByText("File: harbour-daily.html")).toBeVisible();
  await fillArticle(page, 1, { outlet: "Harbour Daily", kind: "newspaper", url: "https://harbour.example/ports" });
  await page.getByRole("button", { name: "Import and analyse" }).click();
  await expect(page).toHaveURL(/\/stories\/port-strike-talks-resume$/);
  await expect(matrix.getByRole("columnheader", { name: /Harbour Daily/ })).toBeVisible();
  // 70% where the wire said 77%: a changed figure.
  await expect(page.locator('[data-testid="matrix-cell"][data-outlet="Harbour Daily"][data-label="altered"]').first()).toBeVisible();
  const stored = readDb<{ inputFormat: string; rawText: string; title: string }>(
    "SELECT a.inputFormat, a.rawText, a.title FROM Article a JOIN Outlet o ON o.id = a.outletId WHERE o.name = ?",
    "Harbour Daily",
  );
  expect(stored).toMatchObject({ inputFormat: "html", title: "Dockworkers and ports return to the table" });
  expect(stored.rawText).not.toMatch(/Subscribe|Cookie settings/);

  // Moving the reference (after its confirmation page) re-runs the analysis against the new one, as
  // a job; the story page reloads itself until it is in (e2e/make-reference.spec.ts has the details).
  await page.getByRole("link", { name: "Make Harbour Daily the reference" }).click();
  await page.getByRole("button", { name: "Make Harbour Daily the reference" }).click();
  await expect(page.getByText("Reference: Harbour Daily")).toBeVisible({ timeout: 30_000 });
  await expect(matrix.getByRole("columnheader").nth(1)).toContainText("Harbour Daily");
  await expect(page.locator('[data-testid="matrix-cell"][data-outlet="Wire One"]').first()).toBeVisible();

  // Every export downloads with its own file name.
  for (const [link, filename] of [
    ["Markdown report", "port-strike-talks-resume-claimtrail.md"],
    ["CSV (one row per wording)", "port-strike-talks-resume-claimtrail.csv"],
    ["JSON report", "port-strike-talks-resume-claimtrail.json"],
    ["ClaimReview (JSON-LD)", "port-strike-talks-resume-claimtrail.claimreview.jsonld"],
    ["Web Annotations (JSON-LD)", "port-strike-talks-resume-claimtrail.annotations.jsonld"],
  ] as const) {
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: link }).click();
    expect((await download).suggestedFilename()).toBe(filename);
  }
  await page.screenshot({ path: test.info().outputPath("imported-story.png"), fullPage: true });
});
