import { expect, test } from "@playwright/test";
import { account } from "../e2e/accounts";
import { ensureAccounts } from "./database";
import { URL_A, URL_B } from "./instances";

// Sign-in limits are the database's (rate-limiter-flexible's PostgreSQL store, lib/auth/rate-limit.ts):
// 5 failures per (account, address) in 15 minutes, then that address waits out the window, even with
// the right password. Spread over two instances they count as on one; with a counter per instance
// the seven alternating guesses below would all be 401 (four on A, three on B).
const target = account("viewer", "pglimited");
const WINDOW_SECONDS = 15 * 60;
test.beforeAll(() => ensureAccounts(target));

test("five failed sign-ins spread over both instances lock the account as five on one would", async ({ playwright }) => {
  // Both instances see this test's connections as 127.0.0.1 (X-Forwarded-For is not trusted): one address.
  const instances = await Promise.all([URL_A, URL_B].map((baseURL) => playwright.request.newContext({ baseURL })));
  const attempt = (index: number, password: string) => instances[index % 2]!.post("/api/session", { data: { email: target.email, password } });
  const statuses: number[] = [];
  for (let index = 0; index < 7; index += 1) statuses.push((await attempt(index, `not the password ${index}`)).status());
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);

  // The right password from the same address now waits on either instance, for what is left of
  // the one window the first failure opened.
  for (const index of [0, 1]) {
    const locked = await attempt(index, target.password);
    expect(locked.status(), index === 0 ? "instance A" : "instance B").toBe(429);
    const retryAfter = Number(locked.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThan(WINDOW_SECONDS - 120);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
  }
  await Promise.all(instances.map((instance) => instance.dispose()));
});
