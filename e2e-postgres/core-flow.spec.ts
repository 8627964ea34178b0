import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { account, signIn } from "../e2e/accounts";
import { ensureAccounts, queryDb } from "./database";
import { chooseVerdict, verdictForm } from "./verdict-form";

// The core flow on PostgreSQL, on instance A: an editor pastes a wire report and a rewrite, the
// story is analysed, the editor overrides a verdict, search finds the claim, and the JSON and
// Markdown exports download and parse with the editor's verdict in them.
const editor = account("editor", "pgcore");
test.beforeAll(() => ensureAccounts(editor));

const WIRE = `Port operators agree to resume talks with dockworkers

Port operators on the East Coast will resume contract talks with the dockworkers' union next week, three people familiar with the matter said on Tuesday.

The talks could end a strike that has idled 14 ports since October 1, the people said.

The union is seeking a 77% wage increase over six years, according to a draft proposal seen by the news agency.`;

const REWRITE = `Strike may end soon as talks resume

Port operators may resume contract talks with the dockworkers' union, according to reports.

The talks will end a strike that has idled 14 ports since October 1.

"We are ready to sign this week," a union official told reporters.`;

const SLUG = "port-talks-on-postgres";
const NOTE = "Checked with the wire desk: no source says talks are only possible";

async function fillArticle(page: Page, index: number, text: string, outlet: string, kind: string) {
  const article = page.getByRole("group", { name: `Article ${index}` });
  await article.getByLabel(`Text of article ${index}`).fill(text);
  await article.getByLabel("Outlet", { exact: true }).fill(outlet);
  await article.getByLabel("Kind (new outlets)").selectOption(kind);
}

test("an editor imports a story, it is analysed, a verdict is overridden, search finds the claim, the exports parse", async ({ page }) => {
  await signIn(page, editor);
  await page.getByRole("link", { name: "New story" }).first().click();
  await page.getByLabel("Title").fill("Port talks on Postgres");
  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page).toHaveURL(new RegExp(`/stories/${SLUG}/articles/new$`));
  await fillArticle(page, 1, WIRE, "Wire One", "wire");
  await page.getByRole("button", { name: "Add another article" }).click();
  await fillArticle(page, 2, REWRITE, "Daily Two", "newspaper");
  await page.getByRole("button", { name: "Import 2 articles and analyse" }).click();

  // ── Analysed: the rewrite hedges "will resume" into "may resume".
  await expect(page).toHaveURL(new RegExp(`/stories/${SLUG}$`));
  await expect(page.getByText("Reference: Wire One")).toBeVisible();
  const softened = page.locator('[data-testid="matrix-cell"][data-outlet="Daily Two"][data-label="softened"]').first();
  await expect(softened).toBeVisible();
  const stored = await queryDb<{ n: number }>(
    `SELECT COUNT(*)::int AS n FROM "Sentence" s JOIN "Article" a ON a.id = s."articleId" JOIN "Story" st ON st.id = a."storyId" WHERE st.slug = $1 AND s.label IS NOT NULL`,
    SLUG,
  );
  expect(stored[0]!.n).toBeGreaterThan(0);

  // ── Override: softened → invented, with the note a changed label needs.
  await softened.click();
  const block = page.getByTestId("appearance").filter({ has: page.getByRole("heading", { name: "Daily Two" }) });
  const form = verdictForm(page, "Daily Two");
  await chooseVerdict(page, form, "invented", NOTE);
  await form.getByRole("button", { name: "Save verdict" }).click();
  await expect(form.getByRole("status")).toHaveText("Verdict saved.");
  await expect(block).toContainText("editor’s verdict; the machine said");
  await expect(block.locator('[data-label="invented"]').first()).toBeVisible();
  const claimPath = new URL(page.url()).pathname;

  // ── Search (tsvector + pg_trgm on PostgreSQL): a word of the claim, and a prefix of it.
  for (const query of ["dockworkers", "dockwork"]) {
    await page.goto(`/claims?q=${query}`);
    const result = page.getByTestId("claim-result").filter({ has: page.locator(`a[href^="${claimPath}"]`) });
    await expect(result, `/claims?q=${query}`).toHaveCount(1);
    await expect(result.locator("mark").first()).toContainText(/dockwork/i);
  }

  // ── Exports: downloaded from the story page, parsed, carrying the editor's verdict.
  await page.goto(`/stories/${SLUG}`);
  const menu = page.getByRole("region", { name: "Export" });
  const download = async (link: string) => {
    const [file] = await Promise.all([page.waitForEvent("download"), menu.getByRole("link", { name: link }).click()]);
    return { name: file.suggestedFilename(), body: await readFile((await file.path())!, "utf8") };
  };
  const json = await download("JSON report");
  expect(json.name).toBe(`${SLUG}-claimtrail.json`);
  const report = JSON.parse(json.body) as { story: { slug: string }; reference: { outlet: string }; articles: { outlet: string }[]; verdicts: { label: string; machineLabel: string; editorLabel: string | null; note: string | null }[] };
  expect(report).toMatchObject({ story: { slug: SLUG }, reference: { outlet: "Wire One" } });
  expect(report.articles.map((article) => article.outlet)).toEqual(["Daily Two"]); // the derivatives
  expect(report.verdicts.filter((verdict) => verdict.note === NOTE)).toEqual([expect.objectContaining({ label: "invented", machineLabel: "softened", editorLabel: "invented" })]);
  const markdown = await download("Markdown report");
  expect(markdown.name).toBe(`${SLUG}-claimtrail.md`);
  expect(markdown.body).toMatch(/^# Port talks on Postgres\n[\s\S]*## Summary[\s\S]*## Changed claims/);
  expect(markdown.body).toContain("— **Invented** (editor; the machine said softened)");
  expect(markdown.body).toContain(`Editor note: ${NOTE}`);
});
