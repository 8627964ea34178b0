import { expect, test } from "@playwright/test";
import { account, ensureAccount, signIn } from "./accounts";

// Accounts, without JavaScript: a wrong password keeps the typed email; a user changes their own
// password (other sessions end, this one stays); an admin resets one and the user must choose a
// new password at next sign-in before anything else.
const owner = account("editor", "olga");
const forgetful = account("editor", "fred");
const admin = account("admin", "ada");
test.use({ javaScriptEnabled: false });
test.beforeAll(() => [owner, forgetful, admin].forEach(ensureAccount));

test("a wrong password at sign-in keeps the typed email", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("do not match");
  await expect(page.getByLabel("Email")).toHaveValue(owner.email);
  await expect(page.getByLabel("Password")).toHaveValue("");
});

test("a user changes their own password: checked, strong, and their other sessions end", async ({ page, browser }) => {
  const other = await browser.newContext({ javaScriptEnabled: false });
  const otherPage = await other.newPage();
  await signIn(otherPage, owner, "/review");
  await signIn(page, owner, "/");
  await page.getByRole("link", { name: "password" }).click();
  await expect(page.getByRole("heading", { name: "Change your password" })).toBeVisible();
  const form = page.getByRole("form", { name: "Change your password" });
  const fill = async (current: string, next: string, again = next) => {
    await form.getByLabel("Current password").fill(current);
    await form.getByLabel("New password", { exact: true }).fill(next);
    await form.getByLabel("New password again").fill(again);
    await form.getByRole("button", { name: "Change password" }).click();
  };
  const chosen = "amber lighthouse crossword pebble";
  await fill("wrong current password", chosen);
  await expect(page.getByText("That is not your current password")).toBeVisible();
  await fill(owner.password, "password1234");
  await expect(form.locator("#new-password-error")).toBeVisible(); // zxcvbn: too easy to guess
  await fill(owner.password, chosen);
  await expect(page.getByRole("status").filter({ hasText: "Password changed." })).toContainText("1 other session was signed out");

  // This session stays; the other one is signed out; the new password signs in, the old one not.
  await page.goto("/review");
  await expect(page.getByRole("heading", { name: "Review queue" })).toBeVisible();
  await otherPage.goto("/review");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await signIn(otherPage, { ...owner, password: chosen }, "/review");
  await other.close();
});

test("an admin resets a password; the user must choose a new one before anything else", async ({ page, browser }) => {
  const userContext = await browser.newContext({ javaScriptEnabled: false });
  const userPage = await userContext.newPage();
  await signIn(userPage, forgetful, "/review");

  await signIn(page, admin, "/admin/users");
  await page.getByRole("button", { name: `Reset the password of ${forgetful.email}` }).click();
  const temporary = (await page.getByTestId("temporary-password").innerText()).trim();
  expect(temporary).toMatch(/^[A-Za-z0-9_-]{20}$/);

  // Their session ended; the temporary password leads to the password page, and every other page back to it.
  await userPage.goto("/review");
  await expect(userPage).toHaveURL(/\/sign-in/);
  await userPage.getByLabel("Email").fill(forgetful.email);
  await userPage.getByLabel("Password").fill(temporary);
  await userPage.getByRole("button", { name: "Sign in" }).click();
  await expect(userPage).toHaveURL(/\/account\/password\?next=%2Freview/);
  await expect(userPage.getByRole("alert")).toContainText("An admin reset your password");
  await userPage.goto("/stories/abraham-accords-expansion");
  await expect(userPage).toHaveURL(/\/account\/password\?next=%2Fstories%2Fabraham-accords-expansion/);
  const form = userPage.getByRole("form", { name: "Change your password" });
  const chosen = "velvet tractor sunrise almanac";
  await form.getByLabel("Current password").fill(temporary);
  await form.getByLabel("New password", { exact: true }).fill(chosen);
  await form.getByLabel("New password again").fill(chosen);
  await form.getByRole("button", { name: "Change password" }).click();
  // On to where they were headed, and every page opens again.
  await expect(userPage).toHaveURL(/\/stories\/abraham-accords-expansion$/);
  await userPage.goto("/review");
  await expect(userPage.getByRole("heading", { name: "Review queue" })).toBeVisible();
  await userContext.close();
});
