import { expect, test } from "@playwright/test";
import { account, signIn } from "../e2e/accounts";
import { ensureAccounts } from "./database";
import { chooseVerdict, verdictForm } from "./verdict-form";
import { URL_B } from "./instances";

// Each instance keeps its own page cache; a commit on either empties both (NOTIFY from the
// database's triggers, LISTEN in each instance). An anonymous reader of B is served from B's cache,
// so a stale page would show exactly here.
const STORY = "/stories/abraham-accords-expansion";
const editor = account("editor", "pgcache");
const NOTE = "Overridden on instance A for the cache check";
test.beforeAll(() => ensureAccounts(editor));

test("a verdict saved on instance A is served fresh by instance B at once", async ({ page, playwright, browser }) => {
  await signIn(page, editor, STORY);
  await page.locator('[data-testid="matrix-cell"][data-outlet="AnewZ"][data-label="faithful"]').first().click();
  const claimPath = new URL(page.url()).pathname;

  // B has the page cached for anonymous readers.
  const reader = await playwright.request.newContext({ baseURL: URL_B });
  await reader.get(claimPath);
  const cached = await reader.get(claimPath);
  expect(cached.headers()["x-claimtrail-cache"]).toBe("hit");
  expect(await cached.text()).not.toContain(NOTE);

  const form = verdictForm(page, "AnewZ");
  await chooseVerdict(page, form, "altered", NOTE);
  await form.getByRole("button", { name: "Save verdict" }).click();
  await expect(form.getByRole("status")).toHaveText("Verdict saved.");

  // At once, no waiting or retrying: B re-renders instead of serving its cached copy…
  const fresh = await reader.get(claimPath);
  expect(fresh.headers()["x-claimtrail-cache"]).toBe("miss");
  expect(await fresh.text()).toContain(NOTE);
  // …and a reader's browser on B shows the override.
  const context = await browser.newContext({ baseURL: URL_B });
  const readerPage = await context.newPage();
  await readerPage.goto(claimPath);
  const seen = readerPage.getByTestId("appearance").filter({ has: readerPage.getByRole("heading", { name: "AnewZ" }) });
  await expect(seen).toContainText(`Editor’s note: ${NOTE}`);
  await expect(seen).toContainText("editor’s verdict; the machine said");
  await context.close();
  await reader.dispose();
});
