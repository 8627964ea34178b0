import { expect, test } from "@playwright/test";
import { account, ensureAccount, signIn } from "./accounts";

const editor = account("editor", "rae");
const QUEUE = "/review?story=abraham-accords-expansion";

test.beforeAll(() => ensureAccount(editor));
test.use({ viewport: { width: 1440, height: 900 } });

test("a queue item shows its whole sentence, the reference sentence, the reasons and a link into the article", async ({ page }) => {
  await signIn(page, editor, QUEUE);
  const queue = page.getByRole("list", { name: "Verdicts to review" });
  const current = page.getByTestId("review-current");
  await expect(current).toBeVisible();
  // Nothing is captioned "Reference claim": reference material names its reference sentence, new material says it is new.
  await expect(page.getByText("Reference claim")).toHaveCount(0);

  // A detail: the fragment is marked inside the whole sentence.
  const detail = queue.getByTestId("review-item").filter({ has: page.locator("mark") }).first();
  await detail.click();
  const sentence = current.getByTestId("review-sentence");
  const fragment = await sentence.locator("mark").innerText();
  const whole = await sentence.innerText();
  expect(whole.length).toBeGreaterThan(fragment.length);
  expect(whole).toContain(fragment);
  await expect(current.getByRole("list", { name: "Reasons" }).getByRole("listitem").first()).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/review-queue.png", fullPage: true });

  // A reference item: the matched reference sentence, linked to its place in the reference.
  for (const item of await queue.getByTestId("review-item").all()) {
    await item.click();
    if ((await current.getByTestId("review-reference").count()) > 0) break;
  }
  const reference = current.getByTestId("review-reference");
  await expect(reference).toContainText("Reference sentence");
  await expect(reference.getByRole("link").last()).toHaveAttribute("href", /^\/articles\/[^/#]+#s-\d+$/);

  // The link into the derivative article lands on that sentence.
  const into = current.getByRole("link", { name: "Read it in the article" });
  const href = await into.getAttribute("href");
  expect(href).toMatch(/^\/articles\/[^/#]+#s-\d+$/);
  const text = await current.getByTestId("review-sentence").innerText();
  await into.click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  await expect(page.locator(`[id="${href!.split("#")[1]}"]`)).toContainText(text.slice(0, 40));
});

test("new material says it has no counterpart in the reference", async ({ page }) => {
  await signIn(page, editor, QUEUE);
  const queue = page.getByRole("list", { name: "Verdicts to review" });
  const current = page.getByTestId("review-current");
  // Invented items come first, and most of them are new material.
  for (const item of (await queue.getByTestId("review-item").all()).slice(0, 20)) {
    await item.click();
    if ((await current.getByText("no counterpart in the reference").count()) > 0) break;
  }
  await expect(current.getByText("no counterpart in the reference")).toBeVisible();
  await expect(current.getByTestId("review-reference")).toHaveCount(0);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("the queue fits the screen", async ({ page }) => {
    await signIn(page, editor, QUEUE);
    await expect(page.getByTestId("review-current")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: "test-results/screenshots/review-queue-phone.png", fullPage: true });
  });
});
