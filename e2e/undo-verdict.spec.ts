import { expect, test, type Page } from "@playwright/test";
import { account, ensureAccount, signIn } from "./accounts";
import { ensureOwnStory } from "./own-story";

const editor = account("editor", "uma");

test.beforeAll(() => ensureAccount(editor));

async function reviewed(page: Page): Promise<number> {
  const text = await page.getByTestId("story-progress").first().innerText();
  return Number(text.match(/(\d+) of \d+ reviewed/)?.[1]);
}

// Its own story: review-queue-keyboard.spec.ts, which runs earlier, empties the seed story's queue
// (that is why the selected item was not found after the merges).
test("an editor undoes the last verdict from the list of their recent verdicts", async ({ page, request }) => {
  const queueUrl = await ensureOwnStory(request, editor, "undo-budget");
  await signIn(page, editor, queueUrl);
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
