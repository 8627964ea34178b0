import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createUser } from "@/lib/auth/create-user";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { authorizeRequest } from "./authorize-request";

vi.mock("server-only", () => ({}));

let testDb: TestDb;
const tokens: Record<"viewer" | "editor" | "admin", string> = { viewer: "", editor: "", admin: "" };

beforeAll(async () => {
  testDb = createTestDb();
  for (const role of ["viewer", "editor", "admin"] as const) {
    const created = await createUser(testDb.db, { email: `${role}@example.org`, role, password: "a long enough password" }, { actorId: null, cost: { N: 1024, r: 8, p: 1 } });
    if (!created.ok) throw new Error(created.reason);
    tokens[role] = (await createSession(testDb.db, created.user.id)).token;
  }
});
afterAll(() => testDb.dispose());

const request = (headers: Record<string, string> = {}) => new Request("http://localhost/api/x", { method: "POST", headers });

describe("authorizeRequest", () => {
  it("answers 401 (JSON, with WWW-Authenticate) without a session, or with an unknown token", async () => {
    const attempts: Record<string, string>[] = [{}, { Authorization: "Bearer not-a-real-token-not-a-real-token" }, { Cookie: `${SESSION_COOKIE}=forged-forged-forged-forged` }];
    for (const headers of attempts) {
      const { response, user } = await authorizeRequest(request(headers), "viewer", testDb.db);
      expect(user).toBeUndefined();
      expect(response?.status).toBe(401);
      expect(response?.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
      expect(await response?.json()).toEqual({ error: expect.stringContaining("Sign in") });
    }
  });

  // One row per (session role, required role): viewer < editor < admin.
  it.each([
    ["viewer", "viewer", 200],
    ["viewer", "editor", 403],
    ["viewer", "admin", 403],
    ["editor", "editor", 200],
    ["editor", "admin", 403],
    ["admin", "editor", 200],
    ["admin", "admin", 200],
  ] as const)("a %s's request needing %s → %i", async (role, required, status) => {
    const ways: Record<string, string>[] = [{ Authorization: `Bearer ${tokens[role]}` }, { Cookie: `other=1; ${SESSION_COOKIE}=${tokens[role]}` }];
    for (const headers of ways) {
      const { response, user } = await authorizeRequest(request(headers), required, testDb.db);
      if (status === 200) expect(user).toMatchObject({ email: `${role}@example.org`, role });
      else expect(response?.status).toBe(403);
    }
  });
});
