import { expect, test } from "@playwright/test";
import { account, ensureAccount, signIn } from "./accounts";

const editor = account("editor", "ana");

test.beforeAll(() => ensureAccount(editor));

test("the verdict menu shows the label in force and who set it; the badge takes the editor's label", async ({ page }) => {
  // The claim page of an invented quote: from the claims list, filtered to invented.
  await signIn(page, editor, "/claims?label=invented&kind=all");
  await page.getByTestId("claim-result").first().getByRole("link").first().click();
  const block = page.getByTestId("appearance").filter({ has: page.locator('[data-label="invented"]') }).filter({ has: page.getByRole("form", { name: "Set the verdict" }) }).first();
  const form = block.getByRole("form", { name: "Set the verdict" }).first();
  await expect(form.getByTestId("verdict-in-force")).toContainText("the machine’s, not reviewed");
  const menu = form.getByLabel("Verdict", { exact: true });
  await expect(menu.locator("option:checked")).toHaveText("invented (in force: machine, not reviewed)");

  // Confirm it: the menu now says who confirmed it, not "(machine)".
  await form.getByRole("button", { name: "Save verdict" }).click();
  await expect(form.getByRole("status").or(form.getByText("Verdict saved."))).toBeVisible();
  await page.reload();
  const after = page.getByTestId("appearance").filter({ has: page.getByTestId("verdict-in-force").filter({ hasText: editor.name }) }).first();
  await expect(after.getByTestId("verdict-in-force")).toContainText(`confirmed by ${editor.name}`);
  await expect(after.getByLabel("Verdict", { exact: true }).locator("option:checked")).toHaveText(`invented (in force: confirmed by ${editor.name})`);

  // Relabel: the badge shows the editor's label in its colour, marked as the editor's.
  await after.getByLabel("Verdict", { exact: true }).selectOption("added");
  await after.getByRole("textbox", { name: /^Note \(required/ }).fill("Background the outlet sourced itself.");
  await after.getByRole("button", { name: "Save verdict" }).click();
  await page.reload();
  const relabelled = page.getByTestId("appearance").filter({ has: page.locator('[data-label="added"][data-by="editor"]') }).first();
  await expect(relabelled.locator('[data-label="added"][data-by="editor"]').first()).toContainText("added");
  await expect(relabelled.getByLabel("Verdict", { exact: true }).locator("option:checked")).toHaveText(`added (in force: set by ${editor.name})`);
  await expect(relabelled.getByLabel("Verdict", { exact: true }).locator('option[value="invented"]')).toHaveText("invented (the machine’s)");
});
