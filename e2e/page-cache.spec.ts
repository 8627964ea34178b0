import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";

// The page cache against the real server: a second anonymous read is a hit, and a commit from
// another process (here: this test, writing to the server's SQLite file as a CLI import would) is
// visible on the very next read — in the HTML and in a client-side navigation.
const STORY = "/stories/abraham-accords-expansion";
const DB_FILE = path.resolve(import.meta.dirname, `../prisma/e2e-${process.env.E2E_PORT ?? 3123}.db`);

test("anonymous reads are cached until the data changes, then re-rendered", async ({ page, request }) => {
  const first = await request.get(`${STORY}?cache-test=1`);
  const second = await request.get(`${STORY}?cache-test=1`);
  // An earlier spec may have rendered this page already: junk parameters are not part of the key (issue 11).
  expect(["miss", "hit"]).toContain(first.headers()["x-claimtrail-cache"]);
  expect(second.headers()["x-claimtrail-cache"]).toBe("hit");
  expect(await second.text()).toBe(await first.text());

  await page.goto(STORY);
  const title = await page.getByRole("heading", { level: 1 }).innerText();
  const db = new Database(DB_FILE);
  try {
    db.prepare(`UPDATE "Story" SET "title" = ? WHERE "slug" = ?`).run(`${title} (retitled)`, "abraham-accords-expansion");
    const after = await request.get(`${STORY}?cache-test=1`);
    expect(after.headers()["x-claimtrail-cache"]).toBe("miss");
    expect(await after.text()).toContain(`${title} (retitled)`);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} (retitled)`);
    // A client-side navigation (an RSC request, cached apart from the HTML) sees it too.
    await page.getByRole("link", { name: "Stories" }).first().click();
    await expect(page.getByRole("link", { name: `${title} (retitled)` })).toBeVisible();
  } finally {
    db.prepare(`UPDATE "Story" SET "title" = ? WHERE "slug" = ?`).run(title, "abraham-accords-expansion");
    db.close();
  }
  await page.goto(STORY);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("a signed-in reader's pages are never shared", async ({ request }) => {
  const response = await request.get(STORY, { headers: { cookie: "claimtrail_session=not-a-real-session" } });
  expect(response.headers()["x-claimtrail-cache"]).toBe("bypass");
});
