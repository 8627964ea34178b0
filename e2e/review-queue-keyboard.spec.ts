import { expect, test, type Page } from "@playwright/test";
import { account, ensureAccount, signIn } from "./accounts";

const editor = account("editor", "kim");

test.beforeAll(() => ensureAccount(editor));

async function reviewed(page: Page): Promise<{ done: number; total: number }> {
  const text = await page.getByTestId("story-progress").first().innerText();
  const [, done, total] = text.match(/(\d+) of (\d+) reviewed/) ?? [];
  return { done: Number(done), total: Number(total) };
}

test("an editor reviews the seed story end to end from the keyboard", async ({ page }) => {
  test.setTimeout(300_000);
  // One story: other specs may have added stories of their own to the queue.
  await signIn(page, editor, "/review?story=abraham-accords-expansion");
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  const queue = page.getByRole("list", { name: "Verdicts to review" });
  const current = page.getByTestId("review-current");
  const start = await reviewed(page);
  expect(start.total).toBeGreaterThan(100);

  // The most consequential first: invented before anything else.
  await queue.focus();
  await expect(queue.locator('[aria-current="true"] [data-label]').first()).toHaveAttribute("data-label", "invented");

  // j / k move.
  const selected = queue.locator('[aria-current="true"]');
  const first = await selected.getAttribute("data-id");
  await page.keyboard.press("j");
  await expect(selected).not.toHaveAttribute("data-id", first!);
  await page.keyboard.press("k");
  await expect(selected).toHaveAttribute("data-id", first!);

  // 2 = softened: a changed label needs a note (n), saved with Ctrl+Enter.
  await page.keyboard.press("2");
  await expect(current.getByRole("radio", { name: /softened/ })).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "Write a note" })).toBeVisible();
  await expect(current.getByLabel(/^Note/)).toBeFocused();
  await page.keyboard.type("Hedged: 'may' where Reuters says 'will'.");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("status").filter({ hasText: "Saved:" })).toContainText("softened");
  await expect.poll(async () => (await reviewed(page)).done).toBe(start.done + 1);

  // n then Escape goes back to the list; Enter confirms the machine's verdict. To the end of the queue.
  await page.keyboard.press("n");
  await expect(current.getByLabel(/^Note/)).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(queue).toBeFocused();
  for (let done = start.done + 1; done < start.total; done += 1) {
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await reviewed(page)).done, { timeout: 15_000 }).toBe(done + 1);
  }
  await expect(page.getByText("Nothing left to review.")).toBeVisible();
  await expect(page.getByTestId("story-progress").first()).toHaveText(`${start.total} of ${start.total} reviewed`);
});
