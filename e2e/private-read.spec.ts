import { expect, test } from "@playwright/test";

// Against the second e2e server: CLAIMTRAIL_PUBLIC_READ=off and a fresh database with the seed
// story but no account. Nothing is readable without signing in; the first visitor is sent to the
// first-run page, creates the admin, and reads.
const BASE = process.env.E2E_PRIVATE_URL ?? "http://127.0.0.1:3124";
const STORY = "/stories/abraham-accords-expansion";
const admin = { email: "first-admin@example.org", name: "First Admin", password: "a long first-run passphrase" };

test.use({ baseURL: BASE });

test("with public reading off, a fresh install asks for the first admin, and nothing is readable before signing in", async ({ page, request }) => {
  // Pages answer with a redirect to sign-in and leak nothing; the API answers 401.
  for (const path of ["/", STORY, "/claims?q=Lightstone", `${STORY}/report`]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toMatch(/^\/sign-in\?next=/);
    expect(await response.text(), path).not.toContain("Azerbaijan");
  }
  expect((await request.get(`/api/stories/abraham-accords-expansion/export?format=json`)).status()).toBe(401);

  // No account yet: sign-in leads to the first-run page.
  await page.goto(STORY);
  await expect(page).toHaveURL(/\/setup$/);
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel(/^Name/).fill(admin.name);
  await page.getByLabel(/^Password \(at least/).fill(admin.password);
  await page.getByLabel("Password again").fill(admin.password);
  await page.getByRole("button", { name: "Create the admin account" }).click();
  await expect(page.getByTestId("signed-in-as")).toContainText(admin.name);

  await page.goto(STORY);
  await expect(page.getByRole("region", { name: "Claims by outlet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Users" })).toBeVisible();

  // Once an account exists the first-run page creates nothing, and anonymous visitors are still
  // refused (the page cache never shares the admin's pages).
  await page.context().clearCookies();
  await page.goto("/setup");
  await expect(page.getByText("ClaimTrail is set up.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create the admin account" })).toHaveCount(0);
  const anonymous = await request.get(STORY, { maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
});
