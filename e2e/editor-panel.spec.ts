import { expect, test, type Locator, type Page } from "@playwright/test";
import { account, ensureAccount, signIn } from "./accounts";

// The reader's editor panel never covers the sentence being edited: a side panel beside the text
// at 1440 px, a bottom sheet at 375 px that scrolls the selected sentence above itself and folds away.
const editor = account("editor", "pia");
const STORY = "/stories/abraham-accords-expansion";
test.beforeAll(() => ensureAccount(editor));

type Box = { top: number; bottom: number; left: number; right: number };
const boxOf = (locator: Locator): Promise<Box> =>
  locator.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
  });
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function openBlogArticle(page: Page) {
  await page.goto(STORY);
  await page.getByTestId("article-row").filter({ hasText: "The Levant Files" }).getByRole("link").first().click();
  await expect(page.getByTestId("editor-panel")).toBeVisible();
}

test("at 1440 px the editor panel sits beside the text and never over the selected sentence", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, editor, STORY);
  await openBlogArticle(page);
  const panel = page.getByTestId("editor-panel");
  const sentences = page.locator('[data-testid="raw-text"] .sentence');
  for (const nth of [2, 8]) {
    const sentence = sentences.nth(nth);
    await sentence.click();
    await expect(panel).toContainText(/Verdicts in sentence \d+/);
    const [a, b] = [await boxOf(sentence), await boxOf(panel)];
    expect(overlaps(a, b)).toBe(false);
    expect(b.left).toBeGreaterThanOrEqual(a.right); // side by side
    expect(b.bottom - b.top).toBeLessThanOrEqual(900);
  }
  await page.screenshot({ path: "test-results/screenshots/editor-panel.png" });
});

test("at 375 px the editor panel is a bottom sheet that keeps the selected sentence in view and can be hidden", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, editor, STORY);
  await openBlogArticle(page);
  const panel = page.getByTestId("editor-panel");
  const sentences = page.locator('[data-testid="raw-text"] .sentence');

  // A sentence near the foot of the screen, where a sheet would cover it.
  const sentence = sentences.nth(6);
  await sentence.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().bottom - window.innerHeight + 10));
  await sentence.click();
  await expect(panel).toContainText(/Verdicts in sentence \d+/);
  await expect.poll(async () => overlaps(await boxOf(sentence), await boxOf(panel))).toBe(false);
  const [a, b] = [await boxOf(sentence), await boxOf(panel)];
  expect(a.top).toBeGreaterThanOrEqual(0);
  expect(a.bottom).toBeLessThanOrEqual(b.top);
  expect(b.bottom - b.top).toBeLessThanOrEqual(740 * 0.45 + 1);
  await page.screenshot({ path: "test-results/screenshots/editor-panel-phone.png" });

  // Selecting text opens the annotate form: the sheet grows, the selection stays above it.
  const other = sentences.nth(10);
  await other.locator(".raw").first().selectText();
  await expect(panel.getByTestId("selected-span")).toBeVisible();
  await expect.poll(async () => overlaps(await boxOf(other), await boxOf(panel))).toBe(false);

  // Dismissible: folds to its heading, and opens again on demand.
  await panel.getByRole("button", { name: "Hide" }).click();
  await expect(panel.getByTestId("selected-span")).toBeHidden();
  expect((await boxOf(panel)).bottom - (await boxOf(panel)).top).toBeLessThan(80);
  await panel.getByRole("button", { name: "Show" }).click();
  await expect(panel.getByTestId("selected-span")).toBeVisible();
  await context.close();
});
