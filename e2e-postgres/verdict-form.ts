import { expect, type Locator, type Page } from "@playwright/test";

/** The verdict form of `outlet`'s (first) appearance on a claim page. */
export function verdictForm(page: Page, outlet: string): Locator {
  return page.getByTestId("appearance").filter({ has: page.getByRole("heading", { name: outlet }) }).getByRole("form", { name: "Set the verdict" }).first();
}

/**
 * Chooses a label and a note in the form, once the page has settled: a choice made before React
 * hydrates the controlled menu is reset to the rendered label (seen on a loaded 2-core machine: the
 * note was saved with the old label). The values are checked before the caller submits.
 */
export async function chooseVerdict(page: Page, form: Locator, label: string, note: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  await form.getByLabel("Verdict").selectOption(label);
  await form.getByLabel(/^Note/).fill(note);
  await expect(form.getByLabel("Verdict")).toHaveValue(label);
  await expect(form.getByLabel(/^Note/)).toHaveValue(note);
}
