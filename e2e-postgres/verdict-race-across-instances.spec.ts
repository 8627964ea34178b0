import { expect, test, type Browser, type Page, type Route } from "@playwright/test";
import { account, signIn, type Account } from "../e2e/accounts";
import { ensureAccounts, queryDb } from "./database";
import { chooseVerdict, verdictForm } from "./verdict-form";
import { URL_A, URL_B } from "./instances";

// Two editors save the same verdict at the same moment through different instances. The form
// carries the version it was rendered with and the save is a conditional version bump
// (lib/pipeline/set-verdict.ts): on PostgreSQL the second UPDATE waits for the first's row lock,
// then finds the version gone. Exactly one wins; the other is told who changed it.
const STORY = "/stories/abraham-accords-expansion";
const editors = [account("editor", "pgracea"), account("editor", "pgraceb")] as const;
test.beforeAll(() => ensureAccounts(...editors));

/** Resolves with the page's next server-action POST, held unsent until the test continues it. */
function holdNextAction(page: Page): Promise<Route> {
  return new Promise((resolve) => {
    void page.route("**/*", async (route) => {
      const request = route.request();
      if (request.method() === "POST" && request.headers()["next-action"] !== undefined) resolve(route);
      else await route.continue();
    });
  });
}

async function openAs(browser: Browser, baseURL: string, user: Account, path: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signIn(page, user, path);
  return page;
}

test("two editors racing on the same verdict through instances A and B: exactly one wins", async ({ browser }) => {
  const first = await openAs(browser, URL_A, editors[0], STORY);
  const cell = first.locator('[data-testid="matrix-cell"][data-outlet="Orda.kz"]').first();
  const machineLabel = (await cell.getAttribute("data-label"))!;
  await cell.click();
  const claimPath = new URL(first.url()).pathname;
  const second = await openAs(browser, URL_B, editors[1], claimPath);

  // Both editors look at the same appearance at the same version, and each picks another label.
  const forms = [first, second].map((page) => verdictForm(page, "Orda.kz"));
  const [appearanceId, otherId] = await Promise.all(forms.map((form) => form.locator('input[name="appearanceId"]').inputValue()));
  expect(otherId).toBe(appearanceId);
  const versions = await Promise.all(forms.map((form) => form.locator('input[name="version"]').inputValue()));
  expect(versions[1]).toBe(versions[0]);
  const labels = ["invented", "altered", "hardened"].filter((label) => label !== machineLabel).slice(0, 2);
  const notes = editors.map((editor) => `Race note by ${editor.name}`);
  const auditBefore = await queryDb<{ n: number }>(`SELECT COUNT(*)::int AS n FROM "AuditLog" WHERE "entityId" = $1`, appearanceId);

  // Both saves are submitted and held at the browser, then released together.
  const held = [holdNextAction(first), holdNextAction(second)];
  for (const [index, form] of forms.entries()) {
    await chooseVerdict([first, second][index]!, form, labels[index]!, notes[index]!);
    await form.getByRole("button", { name: "Save verdict" }).click();
  }
  const routes = await Promise.all(held);
  await Promise.all(routes.map((route) => route.continue()));

  const outcomes = await Promise.all(
    forms.map(async (form) => {
      const message = form.getByRole("status").or(form.getByRole("alert"));
      await expect(message).toHaveText(/Verdict saved\.|while you were looking at it/);
      return (await message.innerText()).trim();
    }),
  );
  const winner = outcomes.findIndex((outcome) => outcome === "Verdict saved.");
  const loser = 1 - winner;
  expect(outcomes.filter((outcome) => outcome === "Verdict saved."), outcomes.join(" | ")).toHaveLength(1);
  expect(outcomes[loser]).toMatch(new RegExp(`^Changed by ${editors[winner]!.name} at .* while you were looking at it: reload to see their verdict, then decide again\\.$`));

  // The database holds the winner's verdict, one version on, with one audit entry and one note.
  const [stored] = await queryDb<{ editorLabel: string; editorNote: string; version: number; editor: string }>(
    `SELECT a."editorLabel", a."editorNote", a.version, u.name AS editor FROM "ClaimAppearance" a JOIN "User" u ON u.id = a."editorId" WHERE a.id = $1`,
    appearanceId,
  );
  expect(stored).toEqual({ editorLabel: labels[winner], editorNote: notes[winner], version: Number(versions[0]) + 1, editor: editors[winner]!.name });
  const auditAfter = await queryDb<{ n: number }>(`SELECT COUNT(*)::int AS n FROM "AuditLog" WHERE "entityId" = $1`, appearanceId);
  expect(auditAfter[0]!.n).toBe(auditBefore[0]!.n + 1);
  const raceNotes = await queryDb<{ body: string }>(`SELECT body FROM "Note" WHERE "appearanceId" = $1 AND body LIKE 'Race note by %'`, appearanceId);
  expect(raceNotes).toEqual([{ body: notes[winner] }]);
  await Promise.all([first, second].map((page) => page.context().close()));
});
