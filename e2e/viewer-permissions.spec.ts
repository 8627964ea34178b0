import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Request } from "@playwright/test";
import { account, ensureAccount, readDb, signIn } from "./accounts";

const STORY = "/stories/abraham-accords-expansion";
const viewer = account("viewer", "vic");
const editor = account("editor", "vic");
const admin = account("admin", "vic");

test.beforeAll(() => [viewer, editor, admin].forEach(ensureAccount));

/**
 * Every server action the build exposes, from Next's manifest: its id, name, and a page that hosts
 * it (an action is posted to a page using it, as the browser does; "app/claims/[id]/page" → /claims/x).
 */
function serverActions(): { id: string; name: string; page: string }[] {
  const file = path.resolve(import.meta.dirname, "..", process.env.NEXT_DIST_DIR ?? ".next", "server/server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, { exportedName: string; workers: Record<string, unknown> }> };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers).find((name) => name.endsWith("/page")) ?? "app/page";
    const page = worker.replace(/^app/, "").replace(/\/page$/, "").replace(/\[[^\]]+\]/g, "x") || "/";
    return { id, name: entry.exportedName, page };
  });
}
// Open by design: signing in and out, and the first-run page (which refuses once an account exists).
const PUBLIC_ACTIONS = new Set(["signInAction", "signOutAction", "setUpAdminAction"]);
// Any signed-in account: changing one's own password (anonymous callers go to sign-in).
const SIGNED_IN_ACTIONS = new Set(["changePasswordAction"]);
const ADMIN_ACTIONS = new Set(["createUserAction", "updateUserAction", "resetPasswordAction", "deleteArticleAction", "deleteStoryAction"]);
const EDITOR_ACTIONS = new Set([
  "setVerdictAction", "annotateSpanAction", "addNoteAction", "editClaimAction", "createStoryAction", "addArticlesAction", "setReferenceAction", "undoVerdictAction",
  "dismissClaimAction", "restoreClaimAction", "bulkReviewAction", "assignReviewAction", "setAssignmentStatusAction",
  "renameArticleAction", "renameStoryAction",
]);

async function sessionToken(request: APIRequestContext, email: string, password: string): Promise<string> {
  const response = await request.post("/api/session", { data: { email, password } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

/** Calls a server action the way Next's client does (header Next-Action), with any arguments. */
function callAction(request: APIRequestContext, action: { id: string; page: string }, cookie?: string) {
  return request.post(action.page, {
    headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", ...(cookie ? { Cookie: `claimtrail_session=${cookie}` } : {}) },
    data: "[null,null]",
    maxRedirects: 0,
  });
}

/**
 * An anonymous caller as a polite client: past the anonymous POST limit (a burst of 10, then 5 a
 * second; lib/http/anonymous-post-limit.ts) the answer is 429 with Retry-After, and it waits that long.
 */
async function callPolitely(request: APIRequestContext, action: { id: string; page: string }) {
  for (;;) {
    const response = await callAction(request, action);
    if (response.status() !== 429) return response;
    const retryAfter = Number(response.headers()["retry-after"]);
    expect(retryAfter, "a 429 says when to come back").toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
  }
}

test("every mutating server action refuses anonymous (redirect to sign-in), viewers (403), and editors where admins are needed", async ({ request }) => {
  const actions = serverActions();
  const names = new Set(actions.map((action) => action.name));
  // Every action in the build is classified here: a new action without a role check fails this test.
  expect([...names].filter((name) => !PUBLIC_ACTIONS.has(name) && !SIGNED_IN_ACTIONS.has(name) && !ADMIN_ACTIONS.has(name) && !EDITOR_ACTIONS.has(name))).toEqual([]);
  expect([...EDITOR_ACTIONS, ...ADMIN_ACTIONS].filter((name) => !names.has(name))).toEqual([]);

  const [viewerToken, editorToken] = [await sessionToken(request, viewer.email, viewer.password), await sessionToken(request, editor.email, editor.password)];
  const auditBefore = readDb<{ n: number }>("SELECT COUNT(*) AS n FROM AuditLog").n;
  for (const action of actions.filter((candidate) => !PUBLIC_ACTIONS.has(candidate.name))) {
    const anonymous = await callPolitely(request, action);
    // Without the redirect header, the failure names what came back instead.
    expect(anonymous.headers()["x-action-redirect"] ?? `HTTP ${anonymous.status()}: ${(await anonymous.text()).slice(0, 200)}`, `${action.name} anonymous on ${action.page}`).toMatch(/^\/sign-in\?next=/);
    if (SIGNED_IN_ACTIONS.has(action.name)) continue;
    expect((await callAction(request, action, viewerToken)).status(), `${action.name} as viewer on ${action.page}`).toBe(403);
    if (ADMIN_ACTIONS.has(action.name)) expect((await callAction(request, action, editorToken)).status(), `${action.name} as editor on ${action.page}`).toBe(403);
  }
  expect(readDb<{ n: number }>("SELECT COUNT(*) AS n FROM AuditLog").n).toBe(auditBefore);
});

test("a viewer finds no edit controls, gets 403 on editor pages, and a replayed editor save is refused with 403", async ({ browser, page }) => {
  // An editor saves a verdict; the request is captured as a forger would.
  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, editor, STORY);
  await editorPage.locator('[data-testid="matrix-cell"][data-outlet="newsbeep.com"][data-label="softened"]').first().click();
  const claimPath = new URL(editorPage.url()).pathname;
  const form = editorPage.getByTestId("appearance").filter({ has: editorPage.getByRole("heading", { name: "newsbeep.com" }) }).getByRole("form", { name: "Set the verdict" }).first();
  const appearanceId = await form.locator('input[name="appearanceId"]').inputValue();
  const captured = editorPage.waitForRequest((request: Request) => request.method() === "POST" && request.headers()["next-action"] !== undefined);
  await form.getByLabel("Verdict").selectOption("softened");
  await form.getByRole("button", { name: "Save verdict" }).click();
  const saved = await captured;
  await expect(form.getByRole("status")).toHaveText("Verdict saved.");
  await editorContext.close();

  await signIn(page, viewer, claimPath);
  await expect(page.getByRole("heading", { name: "History" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save verdict" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add note" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Review" })).toHaveCount(0);
  await page.getByTestId("appearance").filter({ hasText: "newsbeep.com" }).getByRole("link", { name: /^Read it in the article/ }).first().click();
  await expect(page.getByTestId("raw-text")).toBeVisible();
  await expect(page.getByRole("region", { name: "Editor tools" })).toHaveCount(0);

  for (const path of ["/review", "/admin/users", "/admin/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "403: not allowed" })).toBeVisible();
  }

  // The editor's exact request, replayed with the viewer's session: 403, and nothing changes.
  const viewerCookie = (await page.context().cookies()).find((cookie) => cookie.name === "claimtrail_session")!.value;
  const before = readDb<{ version: number }>("SELECT version FROM ClaimAppearance WHERE id = ?", appearanceId);
  const headers = { ...saved.headers(), cookie: `claimtrail_session=${viewerCookie}` };
  const replay = await page.request.post(saved.url(), { headers, data: saved.postDataBuffer() ?? undefined, maxRedirects: 0 });
  expect(replay.status()).toBe(403);
  expect(readDb<{ version: number }>("SELECT version FROM ClaimAppearance WHERE id = ?", appearanceId)).toEqual(before);
});

test("route handlers: sessions for machine clients by Bearer token, 401 without one, revoked on DELETE", async ({ request }) => {
  expect((await request.get("/api/session")).status()).toBe(401);
  expect((await request.delete("/api/session")).status()).toBe(401);
  expect((await request.post("/api/session", { data: { email: viewer.email, password: "wrong password!" } })).status()).toBe(401);
  const token = await sessionToken(request, viewer.email, viewer.password);
  const auth = { Authorization: `Bearer ${token}` };
  expect(await (await request.get("/api/session", { headers: auth })).json()).toMatchObject({ user: { email: viewer.email, role: "viewer" } });
  expect((await request.delete("/api/session", { headers: auth })).status()).toBe(204);
  expect((await request.get("/api/session", { headers: auth })).status()).toBe(401);
});

test("failed sign-ins are rate limited", async ({ request }) => {
  const target = account("viewer", "limited");
  ensureAccount(target);
  const attempt = () => request.post("/api/session", { data: { email: target.email, password: "not the password" }, headers: { "X-Forwarded-For": "203.0.113.9" } });
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) statuses.push((await attempt()).status());
  // Five free failures, then locked (even the right password waits).
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  const locked = await request.post("/api/session", { data: { email: target.email, password: target.password }, headers: { "X-Forwarded-For": "203.0.113.9" } });
  expect(locked.status()).toBe(429);
  expect(Number(locked.headers()["retry-after"])).toBeGreaterThan(0);
  // A made-up X-Forwarded-For is not a new address: the server counts the connection's own.
  const spoofed = await request.post("/api/session", { data: { email: target.email, password: "not the password" }, headers: { "X-Forwarded-For": "198.51.100.77" } });
  expect(spoofed.status()).toBe(429);
});
