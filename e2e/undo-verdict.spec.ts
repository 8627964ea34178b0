import { expect, test, type Page } from "@playwright/test";
import { account, ensureAccount, signIn } from "./accounts";

const editor = account("editor", "uma");
const QUEUE = "/review?story=abraham-accords-expansion";

test.beforeAll(() => ensureAccount(editor));

async function reviewed(page: Page): Promise<number> {
  const text = await page.getByTestId("story-progress").first().innerText();
  return Number(text.match(/(\d+) of \d+ reviewed/)?.[1]);
}

test.fixme("an editor undoes the last verdict from the list of their recent verdicts", async ({ page }) => {
  await signIn(page, editor, QUEUE);
  const queue = page.getByRole("list", { name: "Verdicts to review" });
  await expect(page.getByRole("heading", { name: "Your recent verdicts" })).toBeVisible();
  const start = await reviewed(page);
  const first = await queue.locator('[aria-current="true"]').getAttribute("data-id");
  await queue.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Saved:" })).toBeVisible();
  await expect.poll(() => reviewed(page)).toBe(start + 1);

  const mine = page.getByRole("list", { name: "Your recent verdicts" });
  await expect(mine.getByTestId("my-verdict").first()).toContainText("confirmed");
  await mine.getByTestId("my-verdict").first().getByRole("button", { name: /^Undo/ }).click();
  await expect(page).toHaveURL(/undo=done/);
  await expect(page.getByRole("status").filter({ hasText: "Undone" })).toBeVisible();
  await expect.poll(() => reviewed(page)).toBe(start);
  // The item is back in the queue, and the verdict is marked undone (no second undo).
  await expect(queue.locator(`[data-id="${first}"]`)).toHaveCount(1);
  await expect(mine.getByTestId("my-verdict").first()).toContainText("undone");
  await expect(mine.getByTestId("my-verdict").first().getByRole("button", { name: /^Undo/ })).toHaveCount(0);
  await page.screenshot({ path: "test-results/screenshots/review-undo.png", fullPage: true });
});
