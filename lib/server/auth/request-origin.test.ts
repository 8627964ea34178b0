import { describe, expect, it, vi } from "vitest";
import { getClientIp, isSecureCookieRequired } from "./request-origin";

vi.mock("server-only", () => ({}));

describe("isSecureCookieRequired", () => {
  // One row per way a request can arrive: [why, headers, url (or a server action's Origin), CLAIMTRAIL_SECURE_COOKIES, Secure?]
  it.each([
    ["npm start over plain http on localhost", { "x-forwarded-proto": "http" }, "http://localhost:3000", undefined, false],
    ["no proxy header, no URL", {}, undefined, undefined, false],
    ["a TLS proxy that says so", { "x-forwarded-proto": "https" }, undefined, undefined, true],
    ["a chain of proxies: the first hop counts", { "x-forwarded-proto": "https, http" }, undefined, undefined, true],
    ["Next fills X-Forwarded-Proto with http behind a proxy that sets none, but the page was https", { "x-forwarded-proto": "http" }, "https://claims.example.org", undefined, true],
    ["the request URL itself is https", {}, "https://claims.example.org/api/session", undefined, true],
    ["forced on over http", { "x-forwarded-proto": "http" }, "http://claims.internal", "on", true],
    ["forced on, any case and spacing", {}, undefined, " ON ", true],
    ["1 and true count as on", {}, undefined, "1", true],
    ["off leaves it to the request", {}, "http://localhost:3000", "off", false],
    ["off does not weaken https", { "x-forwarded-proto": "https" }, undefined, "off", true],
  ] as const)("%s", (_why, headers, url, setting, expected) => {
    expect(isSecureCookieRequired(new Headers(headers), url, { CLAIMTRAIL_SECURE_COOKIES: setting })).toBe(expected);
  });
});

describe("getClientIp", () => {
  it("takes the first X-Forwarded-For hop, else X-Real-IP, else 'direct'", () => {
    expect(getClientIp(new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" }))).toBe("203.0.113.9");
    expect(getClientIp(new Headers({ "x-real-ip": "203.0.113.10" }))).toBe("203.0.113.10");
    expect(getClientIp(new Headers())).toBe("direct");
  });
});
