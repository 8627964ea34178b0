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

const request = (headers: Record<string, string> = {}, method = "POST") => new Request("http://localhost/api/x", { method, headers });
/** What a browser adds to a request from one of our own pages. */
const SAME_ORIGIN = { Host: "localhost", Origin: "http://localhost" };

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
    const ways: Record<string, string>[] = [{ Authorization: `Bearer ${tokens[role]}` }, { ...SAME_ORIGIN, Cookie: `other=1; ${SESSION_COOKIE}=${tokens[role]}` }];
    for (const headers of ways) {
      const { response, user } = await authorizeRequest(request(headers), required, testDb.db);
      if (status === 200) expect(user).toMatchObject({ email: `${role}@example.org`, role });
      else expect(response?.status).toBe(403);
    }
  });

  // One row per way a request can arrive with a valid editor session: [why, method, status, headers].
  it.each([
    ["cookie, Origin matches Host", "POST", 200, { Host: "claims.example.org", Origin: "https://claims.example.org" }],
    ["cookie, Origin matches X-Forwarded-Host (proxy rewrote Host)", "DELETE", 200, { Host: "127.0.0.1:3000", "X-Forwarded-Host": "claims.example.org", Origin: "https://claims.example.org" }],
    ["cookie, Sec-Fetch-Site same-origin, no Origin", "PUT", 200, { "Sec-Fetch-Site": "same-origin" }],
    ["cookie, Origin of another site", "POST", 403, { Host: "claims.example.org", Origin: "https://evil.example" }],
    ["cookie, another site that ends in our name", "POST", 403, { Host: "claims.example.org", Origin: "https://claims.example.org.evil.example" }],
    ["cookie, another port on our host", "POST", 403, { Host: "claims.example.org", Origin: "https://claims.example.org:8443" }],
    ["cookie, Sec-Fetch-Site cross-site", "PATCH", 403, { Host: "claims.example.org", "Sec-Fetch-Site": "cross-site" }],
    ["cookie, same-site sibling subdomain", "POST", 403, { Host: "claims.example.org", Origin: "https://blog.example.org", "Sec-Fetch-Site": "same-site" }],
    ["cookie, no Origin and no Sec-Fetch-Site", "POST", 403, { Host: "claims.example.org" }],
    ["cookie, opaque Origin (sandboxed frame)", "POST", 403, { Host: "claims.example.org", Origin: "null" }],
    ["cookie, GET from another site changes nothing", "GET", 200, { Host: "claims.example.org", Origin: "https://evil.example" }],
    ["cookie, HEAD without Origin", "HEAD", 200, {}],
    ["Bearer, no Origin (machine client)", "POST", 200, { Host: "claims.example.org" }],
    ["Bearer, from another site (it had to read the token to send it)", "DELETE", 200, { Host: "claims.example.org", Origin: "https://evil.example" }],
  ] as const)("CSRF: %s, %s → %i", async (why, method, status, headers) => {
    const credentials: Record<string, string> = why.startsWith("Bearer") ? { Authorization: `Bearer ${tokens.editor}` } : { Cookie: `${SESSION_COOKIE}=${tokens.editor}` };
    const { response, user } = await authorizeRequest(request({ ...headers, ...credentials }, method), "editor", testDb.db);
    if (status === 200) {
      expect(user).toMatchObject({ email: "editor@example.org" });
    } else {
      expect(response?.status).toBe(403);
      expect(await response?.json()).toEqual({ error: "cross-site request refused" });
    }
  });

  it("does not let a bogus Bearer header exempt a cookie: the Bearer token is the one used", async () => {
    const { response } = await authorizeRequest(request({ Authorization: "Bearer not-a-real-token-not-a-real-token", Cookie: `${SESSION_COOKIE}=${tokens.editor}`, Origin: "https://evil.example" }), "editor", testDb.db);
    expect(response?.status).toBe(401);
  });
});
