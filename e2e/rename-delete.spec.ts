import { expect, test, type APIRequestContext } from "@playwright/test";
import { account, ensureAccount, readDb, signIn } from "./accounts";

// Editors rename a story and an article; admins delete an article and a story, after ticking a
// confirmation box, with JavaScript on and off; the reference is only deleted with its story.
const editor = account("editor", "rename");
const admin = account("admin", "rename");
test.beforeAll(() => [editor, admin].forEach(ensureAccount));

const SLUG = "e2e-bridge-reopens";
const REFERENCE = `Bridge to reopen in May

The river bridge will reopen in May after repairs costing 4 million euros, the ministry said on Tuesday.

Drivers should expect delays until then, according to the city's transport office.`;
const REWRITE = `Bridge reopening set for May

The river bridge will definitely reopen in May after repairs costing 5 million euros.

Drivers should expect delays until then, the city said.`;
const BLOG = `<html><head><meta property="og:site_name" content="Riverside Blog"><title>Bridge news</title></head><body><article><h1>Bridge news</h1>
<p>The river bridge may reopen in May after repairs, insiders at the ministry say, costing about four million euros in total.</p>
<p>Drivers should expect delays until then, according to the city's transport office, which gave no date.</p></article></body></html>`;

async function createStory(request: APIRequestContext): Promise<void> {
  const session = await request.post("/api/session", { data: { email: admin.email, password: admin.password } });
  const headers = { Authorization: `Bearer ${((await session.json()) as { token: string }).token}` };
  const created = await request.post("/api/stories", {
    headers,
    data: {
      title: "Bridge reopens",
      slug: SLUG,
      articles: [
        { text: REFERENCE, outlet: { name: "Bridge Wire", kind: "wire" }, url: "https://bridgewire.example/reopen", publishedAt: "2025-05-01", isReference: true },
        { text: REWRITE, outlet: { name: "Bridge Daily", kind: "newspaper" }, url: "https://bridgedaily.example/reopen", publishedAt: "2025-05-02" },
        // No outlet: the page's og:site_name names it (a new outlet, so only its kind is given).
        { html: BLOG, outlet: { kind: "blog" }, url: "https://riverside.example/bridge", publishedAt: "2025-05-03" },
      ],
    },
  });
  expect(created.status()).toBe(201);
  expect(((await created.json()) as { articles: { outlet: string }[] }).articles.map((article) => article.outlet)).toEqual(["Bridge Wire", "Bridge Daily", "Riverside Blog"]);
}

const articleId = (outlet: string) => readDb<{ id: string }>(`SELECT a.id FROM Article a JOIN Outlet o ON o.id = a.outletId JOIN Story s ON s.id = a.storyId WHERE s.slug = ? AND o.name = ?`, SLUG, outlet).id;

test.describe.configure({ mode: "serial" });

test("an editor renames a story (the address stays) and an article, and cannot delete either", async ({ page, request }) => {
  await createStory(request);
  await signIn(page, editor, `/stories/${SLUG}`);
  await page.goto(`/stories/${SLUG}`);
  await page.getByText("Rename this story").click();
  await page.getByLabel("New title of the story").fill("Bridge reopens in May");
  await page.getByRole("button", { name: "Rename story" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Renamed" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bridge reopens in May");
  await expect(page).toHaveURL(new RegExp(`/stories/${SLUG}$`));
  await expect(page.getByText("Delete this story…")).toHaveCount(0);

  await page.goto(`/articles/${articleId("Bridge Daily")}`);
  await page.getByText("Rename this article").click();
  await page.getByLabel("New title of the article").fill("Bridge reopening set for May (Daily)");
  await page.getByRole("button", { name: "Rename article" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Renamed" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Bridge reopening set for May (Daily)");
  await expect(page.getByText("Delete this article…")).toHaveCount(0);
  expect(readDb<{ n: number }>("SELECT COUNT(*) AS n FROM AuditLog WHERE action IN ('story.rename', 'article.rename')").n).toBeGreaterThanOrEqual(2);
});

test("an admin deletes a rewrite after confirming; the reference can only go with its story", async ({ page }) => {
  await signIn(page, admin, `/stories/${SLUG}`);
  await page.goto(`/articles/${articleId("Bridge Wire")}`);
  await expect(page.getByText("The reference cannot be deleted on its own")).toBeVisible();
  await expect(page.getByText("Delete this article…")).toHaveCount(0);

  const daily = articleId("Bridge Daily");
  await page.goto(`/articles/${daily}`);
  await page.getByText("Delete this article…").click();
  // Without the box ticked the browser does not send the form.
  await page.getByRole("button", { name: "Delete article" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${daily}$`));
  await page.getByLabel(/Yes, delete this article/).check();
  await page.getByRole("button", { name: "Delete article" }).click();
  await expect(page).toHaveURL(new RegExp(`/stories/${SLUG}$`));
  await expect(page.getByRole("heading", { name: "Articles (2)" })).toBeVisible();
  const entry = readDb<{ before: string }>("SELECT before FROM AuditLog WHERE action = 'article.delete' AND entityId = ?", daily);
  expect(JSON.parse(entry.before)).toMatchObject({ title: "Bridge reopening set for May (Daily)", url: "https://bridgedaily.example/reopen", rawText: REWRITE, outlet: { name: "Bridge Daily" } });
});

test("an admin deletes the story without JavaScript: disclosure, box, button", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/sign-in?next=${encodeURIComponent(`/stories/${SLUG}`)}`);
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.goto(`/stories/${SLUG}`);
  await page.getByText("Delete this story…").click();
  await page.getByLabel(/Yes, delete this story: its 2 articles/).check();
  await page.getByRole("button", { name: "Delete story" }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(readDb<{ n: number }>("SELECT COUNT(*) AS n FROM Story WHERE slug = ?", SLUG).n).toBe(0);
  const entry = readDb<{ before: string }>("SELECT before FROM AuditLog WHERE action = 'story.delete' AND before LIKE ? ORDER BY at DESC LIMIT 1", `%"slug":"${SLUG}"%`);
  const before = JSON.parse(entry.before) as { story: { slug: string; title: string }; articles: { outlet: { name: string } }[] };
  expect(before.story).toMatchObject({ slug: SLUG, title: "Bridge reopens in May" });
  expect(before.articles.map((article) => article.outlet.name).sort()).toEqual(["Bridge Wire", "Riverside Blog"]);
  expect((await page.request.get(`/stories/${SLUG}`)).status()).toBe(404);
  await context.close();
});
