import { expect, test } from "@playwright/test";
import { account, ensureAccount, signIn } from "./accounts";

const viewer = account("viewer", "sam");

test.beforeAll(() => ensureAccount(viewer));

test("a wrong password is refused; signing in returns to the page asked for; signing out ends the session", async ({ page }) => {
  await page.goto("/review");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Freview$/);
  await page.getByLabel("Email").fill(viewer.email);
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toHaveText("That email and password do not match an active account.");

  await signIn(page, viewer, "/claims");
  await expect(page).toHaveURL("/claims");
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === "claimtrail_session")!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect((await page.context().cookies()).some((candidate) => candidate.name === "claimtrail_session")).toBe(false);
  // The old token is dead on the server too, not just forgotten by the browser.
  const replay = await page.request.get("/api/session", { headers: { Authorization: `Bearer ${cookie.value}` } });
  expect(replay.status()).toBe(401);
});
