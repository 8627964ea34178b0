import { expect, test } from "@playwright/test";
import { account, ensureAccount, signIn } from "./accounts";
import { ensureOwnStory } from "./own-story";

// Assignment and status, without JavaScript: an editor assigns one outlet of a story to another;
// the assignee's "my queue" holds that outlet only; progress per assignee moves as they review,
// on the story page and /review; the status goes unreviewed → in review → reviewed.
const lead = account("editor", "lena");
const kai = account("editor", "kai");
const SLUG = "assign-budget";
test.use({ javaScriptEnabled: false });
test.beforeAll(() => [lead, kai].forEach(ensureAccount));

test("an editor assigns an outlet; the assignee works through their queue and the progress and status follow", async ({ page, browser, request }) => {
  await ensureOwnStory(request, lead, SLUG);
  await signIn(page, lead, `/stories/${SLUG}`);
  const form = page.getByRole("form", { name: "Assign a review" });
  await form.getByLabel("Review of").selectOption({ label: "Metro Daily" });
  await form.getByLabel("Assign to").selectOption({ label: kai.name });
  await form.getByRole("button", { name: "Assign" }).click();
  await expect(page).toHaveURL(/assign=done/);
  const row = page.getByTestId("assignment").filter({ hasText: kai.name });
  await expect(row).toContainText("Metro Daily");
  await expect(row.getByTestId("assignment-status")).toHaveText("unreviewed");
  const total = Number((await row.getByTestId("assignment-progress").innerText()).match(/0 of (\d+) reviewed/)?.[1]);
  expect(total).toBeGreaterThan(0);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const mine = await context.newPage();
  await signIn(mine, kai, "/review?mine=1");
  await expect(mine.getByRole("navigation", { name: "Whose queue" })).toContainText("My queue");
  const items = mine.getByTestId("review-item");
  await expect(items.first()).toBeVisible();
  for (const text of await items.allInnerTexts()) expect(text).toContain("Metro Daily");
  await items.first().getByRole("checkbox").check();
  await mine.getByRole("form", { name: "Bulk actions" }).getByRole("button", { name: "Apply" }).click();
  await expect(mine.getByRole("status").filter({ hasText: "1 item" })).toBeVisible();
  await expect(mine).toHaveURL(/mine=1/);
  const mineRow = mine.getByTestId("assignment").filter({ hasText: kai.name });
  await expect(mineRow.getByTestId("assignment-progress")).toHaveText(`1 of ${total} reviewed`);

  // The assignee moves the status; the story page shows it with the progress.
  await mineRow.getByLabel(/^Status of/).selectOption("in_review");
  await mineRow.getByRole("button", { name: "Set status" }).click();
  await expect(mine.getByTestId("assignment").filter({ hasText: kai.name }).getByTestId("assignment-status")).toHaveText("in review");
  await page.goto(`/stories/${SLUG}`);
  await expect(row.getByTestId("assignment-progress")).toHaveText(`1 of ${total} reviewed`);
  await expect(row.getByTestId("assignment-status")).toHaveText("in review");
  await row.getByLabel(/^Status of/).selectOption("reviewed");
  await row.getByRole("button", { name: "Set status" }).click();
  await expect(page.getByTestId("assignment").filter({ hasText: kai.name }).getByTestId("assignment-status")).toHaveText("reviewed");
  // The lead has nothing assigned: their queue is empty.
  await page.goto("/review?mine=1");
  await expect(page.getByText("Nothing left to review.")).toBeVisible();
  await context.close();
});
