import { expect, test } from "@playwright/test";
import { account, ensureAccount, signIn } from "./accounts";

const STORY = "/stories/abraham-accords-expansion";
const editor = account("editor", "edna");

test.beforeAll(() => ensureAccount(editor));

test("an editor links a selected span to a claim, overrides a verdict, and sees it in the matrix and the history", async ({ page }) => {
  await signIn(page, editor, STORY);
  await expect(page).toHaveURL(STORY);
  await expect(page.getByRole("link", { name: "Review", exact: true })).toBeVisible();

  // ── Annotate: select a sentence of the blog and link it to an existing claim.
  await page.getByTestId("article-row").filter({ hasText: "The Levant Files" }).getByRole("link", { name: /White House Courts Baku/ }).click();
  const tools = page.getByRole("region", { name: "Editor tools" });
  await expect(tools).toContainText("Select text in the article");
  const sentence = page.locator('[data-testid="raw-text"] .sentence[data-label="faithful"] .raw').nth(1);
  const sentenceText = (await sentence.innerText()).trim();
  await sentence.selectText();
  await expect(tools.getByTestId("selected-span")).toHaveText(sentenceText);
  const annotate = tools.getByRole("form", { name: "Annotate the selection" });
  await annotate.getByLabel("Find a claim").fill("Lightstone");
  await annotate.getByRole("radio", { name: /Aryeh Lightstone/ }).first().check();
  await annotate.getByLabel("Label").selectOption("altered");
  await annotate.getByLabel("Note").fill("Linked by hand: the blog retells the Lightstone meeting.");
  await annotate.getByRole("button", { name: "Save annotation" }).click();
  await expect(tools.getByRole("status").first()).toHaveText("Span linked.");
  const annotations = page.getByTestId("annotations");
  await expect(annotations).toContainText(sentenceText);
  await expect(annotations).toContainText("Linked by hand: the blog retells the Lightstone meeting.");
  await expect(annotations).toContainText(editor.name);

  // ── Override: a faithful cell of the blog in the matrix, opened on its claim page.
  await page.goto(STORY);
  const cell = page.locator('[data-testid="matrix-cell"][data-outlet="The Levant Files"][data-label="faithful"]').first();
  const claimHref = (await cell.getAttribute("href"))!.replace(/#.*$/, "");
  await cell.click();
  await expect(page).toHaveURL(new RegExp(`${claimHref}$`));
  const block = page.getByTestId("appearance").filter({ has: page.getByRole("heading", { name: "The Levant Files" }) });
  const form = block.getByRole("form", { name: "Set the verdict" }).first();
  await form.getByLabel("Verdict").selectOption("invented");
  await form.getByRole("button", { name: "Save verdict" }).click();
  await expect(form.getByRole("alert")).toContainText("Write a note"); // a changed label needs a note
  await form.getByLabel(/^Note/).fill("The quote is not in the Reuters report.");
  await form.getByRole("button", { name: "Save verdict" }).click();
  await expect(form.getByRole("status")).toHaveText("Verdict saved.");
  // The editor's verdict shows, with the machine's beside it.
  await expect(block.locator('[data-label="invented"]').first()).toBeVisible();
  await expect(block).toContainText("editor’s verdict; the machine said");
  await expect(block).toContainText(`reviewed by ${editor.name}`);

  // ── History and notes on the claim page.
  const history = page.getByTestId("history");
  // In words: "<editor> changed The Levant Files’s “…” from faithful to invented: note “…”".
  await expect(history.getByRole("listitem").filter({ hasText: "changed The Levant Files’s" }).first()).toContainText("from faithful to invented: note “The quote is not in the Reuters report.”");
  await expect(history).toContainText(editor.name);
  await expect(page.getByTestId("notes")).toContainText("The quote is not in the Reuters report.");

  // ── The matrix shows the editor's verdict.
  await page.goto(STORY);
  await expect(page.locator(`[data-testid="matrix-cell"][data-outlet="The Levant Files"][href^="${claimHref}"]`)).toHaveAttribute("data-label", "invented");
});
