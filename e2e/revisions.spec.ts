import { expect, test, type APIRequestContext } from "@playwright/test";
import { account, ensureAccount, readDb, signIn } from "./accounts";

// An outlet edits its page after publication: two imports of the same URL through the API are
// two revisions, compared claim by claim; the story marks the outlet and its matrix can show the
// state of the first capture. Without JavaScript: every step is a link or a GET form.
test.use({ javaScriptEnabled: false });

const editor = account("editor", "revisions");
test.beforeAll(() => ensureAccount(editor));

const SLUG = "e2e-port-deal";
const URL = "https://daily.example/port-deal";
const T1 = "2025-08-01T09:00:00.000Z";
const T2 = "2025-08-01T15:30:00.000Z";

const REFERENCE = `Ministers will sign the port agreement on Friday, officials said.

The deal covers 12 harbours along the coast, according to the ministry.

"This is a historic day for our trade," the minister said.

Port workers gathered at the harbour, and talks went on late into the night.

The agreement will take effect in March.`;

/** First capture: the harbour count wrong (21). */
const FIRST = REFERENCE.replace("12 harbours", "21 harbours");

/** The edited page: "will" → "may", the count corrected, the quote removed, and a comma dropped (a trivial edit). */
const SECOND = REFERENCE.replace("Ministers will sign", "Ministers may sign")
  .replace(`"This is a historic day for our trade," the minister said.\n\n`, "")
  .replace("harbour, and talks", "harbour and talks");

async function tokenFor(request: APIRequestContext): Promise<Record<string, string>> {
  const response = await request.post("/api/session", { data: { email: editor.email, password: editor.password } });
  expect(response.status()).toBe(201);
  return { Authorization: `Bearer ${((await response.json()) as { token: string }).token}` };
}

const daily = { outlet: { name: "Daily Example", kind: "newspaper" }, url: URL, publishedAt: "2025-08-01", title: "Port deal to be signed" };

test("two captures of one page are two revisions: compared claim by claim, marked on the story, and the matrix shows the first", async ({ page, request }) => {
  const auth = await tokenFor(request);
  const created = await request.post("/api/stories", {
    headers: auth,
    data: {
      title: "Port deal",
      slug: SLUG,
      articles: [
        { text: REFERENCE, outlet: { name: "Port Wire", kind: "wire" }, url: "https://portwire.example/deal", publishedAt: "2025-08-01", capturedAt: T1, isReference: true },
        { text: FIRST, ...daily, capturedAt: T1 },
      ],
    },
  });
  expect(created.status()).toBe(201);

  const revised = await request.post(`/api/stories/${SLUG}/articles`, { headers: auth, data: { articles: [{ text: SECOND, ...daily, capturedAt: T2 }] } });
  expect(revised.status()).toBe(201);
  const [article] = ((await revised.json()) as { articles: { id: string; outcome: string; revision: number }[] }).articles;
  expect(article).toMatchObject({ outcome: "revised", revision: 2 });

  // The same text again (pasted with CRLF line ends): success, and nothing added.
  const same = await request.post(`/api/stories/${SLUG}/articles`, { headers: auth, data: { articles: [{ text: SECOND.replace(/\n/g, "\r\n"), ...daily }] } });
  expect(same.status()).toBe(200);
  expect(await same.json()).toMatchObject({ outcomes: { added: 0, revised: 0, unchanged: 1 }, unchanged: expect.stringMatching(/^Unchanged, no new revision: Daily Example/), articles: [{ id: article!.id, outcome: "unchanged", revision: 2 }] });
  expect(readDb<{ n: number }>("SELECT COUNT(*) AS n FROM ArticleRevision WHERE articleId = ?", article!.id).n).toBe(2);

  // The story marks the outlet whose page changed; the mark opens its revisions.
  await page.goto(`/stories/${SLUG}`);
  const row = page.getByTestId("article-row").filter({ hasText: "Daily Example" });
  await row.getByRole("link", { name: "Daily Example: revised after first capture, 2 revisions" }).click();
  await expect(page).toHaveURL(`/articles/${article!.id}/revisions`);
  const timeline = page.getByRole("list", { name: "Revision timeline" });
  await expect(timeline.getByRole("listitem")).toHaveText([/^Revision 1 · captured 1 Aug 2025, 09:00 UTC · first capture/, /^Revision 2 · captured 1 Aug 2025, 15:30 UTC · 3 claims changed \(\+1 trivial\)/]);

  // Revision 1 → 2: the claim-level changes, the trivial comma left out.
  await expect(page.getByRole("heading", { name: "Revision 1 → revision 2" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "3 changes." })).toContainText("1 trivial edit hidden");
  const changes = page.getByRole("list", { name: "Claim-level changes" });
  await expect(changes.locator("> li")).toHaveCount(3);
  await expect(changes).toContainText("“will sign” became “may sign”");
  await expect(changes).toContainText("altered → faithful");
  await expect(changes).toContainText("A quote removed: “This is a historic day for our trade”");
  await expect(changes).not.toContainText("Reworded");
  await page.screenshot({ path: "test-results/screenshots/revisions.png", fullPage: true });

  // Asked for, the trivial edit is shown too.
  const compare = page.getByRole("form", { name: "Compare revisions" });
  await compare.getByLabel("Compare").selectOption("1");
  await compare.getByLabel("with").selectOption("2");
  await compare.getByLabel("Include trivial edits").check();
  await compare.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/from=1&to=2&trivial=1/);
  await expect(changes.locator("> li")).toHaveCount(4);
  await expect(changes.locator('[data-change="reworded"]')).toContainText("Reworded (no claim changed)");
  await page.screenshot({ path: "test-results/screenshots/revisions-compare.png", fullPage: true });

  // The matrix now, then as of the first capture.
  const cell = (statement: RegExp) => page.locator("tr", { has: page.getByRole("rowheader", { name: statement }) }).locator('[data-outlet="Daily Example"]');
  await page.goto(`/stories/${SLUG}`);
  await expect(cell(/^Ministers will sign/)).toHaveAttribute("data-label", "softened");
  await expect(cell(/^The deal covers 12 harbours/)).toHaveAttribute("data-label", "faithful");
  await expect(cell(/^"This is a historic day/)).toHaveAttribute("data-label", "omitted");
  await page.getByLabel("Show the matrix as of").selectOption(T1);
  await page.getByRole("button", { name: "Show", exact: true }).click();
  await expect(page).toHaveURL(`/stories/${SLUG}?asOf=${encodeURIComponent(T1)}`);
  await expect(page.getByTestId("as-of-banner")).toContainText("As of 1 Aug 2025, 09:00 UTC: 1 article shown at an earlier revision; editor verdicts apply to the current text only.");
  await expect(page.getByTestId("as-of-banner")).toContainText("Daily Example: revision 1 of 2, captured 1 Aug 2025, 09:00 UTC");
  await expect(cell(/^Ministers will sign/)).toHaveAttribute("data-label", "faithful");
  await expect(cell(/^The deal covers 12 harbours/)).toHaveAttribute("data-label", "altered");
  await expect(cell(/^"This is a historic day/)).toHaveAttribute("data-label", "faithful");
  await page.screenshot({ path: "test-results/screenshots/matrix-as-of.png", fullPage: true });

  // Sorting keeps the time shown; the banner leads back to now.
  await page.getByRole("link", { name: "Most distorted" }).click();
  await expect(page).toHaveURL(/sort=distortion.*asOf=/);
  await page.getByRole("link", { name: "Back to the current matrix" }).click();
  await expect(page.getByTestId("as-of-banner")).toHaveCount(0);
  await expect(cell(/^Ministers will sign/)).toHaveAttribute("data-label", "softened");

  // The add-articles form says so too when the page is pasted again unchanged, and adds nothing.
  await signIn(page, editor, `/stories/${SLUG}/articles/new`);
  const fieldset = page.getByRole("group", { name: "Article 1" });
  await fieldset.getByLabel("Text of article 1").fill(SECOND);
  await fieldset.getByLabel("Outlet", { exact: true }).fill("Daily Example");
  await fieldset.getByLabel("URL (optional)").fill(URL);
  await page.getByRole("button", { name: "Import and analyse" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Unchanged, no new revision" })).toContainText('Daily Example, "Port deal to be signed" (revision 2)');
  expect(readDb<{ n: number }>("SELECT COUNT(*) AS n FROM ArticleRevision WHERE articleId = ?", article!.id).n).toBe(2);
});
