import { expect, test } from "@playwright/test";
import { account, ensureAccount, readDb, signIn } from "./accounts";
import { ensureOwnStory } from "./own-story";

// The audit log in words, with its filters in the URL: an editor overrides a verdict in the
// queue; the admin finds it by story, person, action and day, worded as a person would say it.
const editor = account("editor", "ana");
const admin = account("admin", "audrey");
const SLUG = "audit-budget";
test.beforeAll(() => [editor, admin].forEach(ensureAccount));

test("an admin reads an editor's override in words and narrows the log by story, user, action and date", async ({ page, browser, request }) => {
  const queueUrl = await ensureOwnStory(request, editor, SLUG);
  await signIn(page, editor, queueUrl);
  const queue = page.getByRole("list", { name: "Verdicts to review" });
  const outlet = (await page.getByTestId("review-current").innerText()).split(" · ")[0]!.trim();
  await queue.focus();
  await page.keyboard.press("2"); // softened
  await page.keyboard.press("Enter");
  await page.keyboard.type("Hedged in the rewrite.");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("status").filter({ hasText: "Saved:" })).toContainText("softened");

  const context = await browser.newContext({ javaScriptEnabled: false });
  const adminPage = await context.newPage();
  await signIn(adminPage, admin, "/admin/audit");
  const editorId = readDb<{ id: string }>("SELECT id FROM User WHERE email = ?", editor.email).id;
  const form = adminPage.getByRole("form", { name: "Filter the audit log" });
  await form.getByLabel("Story").selectOption(SLUG);
  await form.getByLabel("Who").selectOption(editorId);
  await form.getByLabel("Action").selectOption("verdict.set");
  await form.getByRole("button", { name: "Filter" }).click();
  await expect(adminPage).toHaveURL(new RegExp(`story=${SLUG}.*user=${editorId}.*action=verdict.set`));
  const rows = adminPage.getByTestId("audit-row");
  await expect(rows).toHaveCount(1);
  const words = rows.first().getByTestId("audit-words");
  await expect(words).toContainText(new RegExp(`^${editor.name} changed ${outlet}’s “.+” from \\w+ to softened: note “Hedged in the rewrite\\.”`));
  await adminPage.screenshot({ path: "test-results/screenshots/audit-log.png", fullPage: true });

  // Every action of the story is worded (no raw action names, no JSON) — the machine's too.
  await adminPage.goto(`/admin/audit?story=${SLUG}`);
  for (const text of await adminPage.getByTestId("audit-words").evaluateAll((cells) => cells.map((cell) => cell.firstChild?.textContent ?? ""))) {
    expect(text).not.toMatch(/[{}]|\b[a-z]+\.[a-z-]+\b/);
  }
  await expect(adminPage.locator('[data-action="article.import"] [data-testid="audit-words"]')).toContainText("imported 2 articles (City Wire, Metro Daily) as a new story");

  // Dates: nothing from tomorrow on; a broken URL shows the whole log rather than an error.
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await adminPage.goto(`/admin/audit?story=${SLUG}&from=${tomorrow}`);
  await expect(adminPage.getByText("No entry matches these filters.")).toBeVisible();
  const broken = await adminPage.goto("/admin/audit?action=story.merge&from=yesterday&user=%27%3B--&page=-3");
  expect(broken?.status()).toBe(200);
  await expect(adminPage.getByTestId("audit-row").first()).toBeVisible();
  await context.close();
});
