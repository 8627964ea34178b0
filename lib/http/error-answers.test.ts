import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { answerApiError } from "./api-errors";
import { isCrossSiteAction } from "./cross-site-action";

describe("answerApiError", () => {
  it.each([
    [{ code: "SQLITE_FULL", message: "database or disk is full" }, 503, /disk is full/, "30"],
    [{ code: "SQLITE_READONLY", message: "attempt to write a readonly database" }, 503, /read-only/, "30"],
    [{ code: "P2028", message: "Unable to start a transaction in the given time." }, 503, /busy/, "2"],
    [new RangeError("Maximum call stack size exceeded"), 422, /too large or too deeply nested/, null],
    [new Error("anything else"), 500, /failed to answer/, null],
  ])("answers %o with %i and a JSON body", async (error, status, message, retryAfter) => {
    const response = answerApiError(error);
    expect(response.status).toBe(status);
    expect(response.headers.get("retry-after")).toBe(retryAfter);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  });
});

describe("isCrossSiteAction", () => {
  const request = (headers: Record<string, string>, method = "POST") => ({ method, headers }) as unknown as IncomingMessage;
  it.each([
    [{ "next-action": "abc", origin: "https://evil.example", host: "claims.example.org" }, false, true],
    [{ "next-action": "abc", origin: "null", host: "claims.example.org" }, false, true],
    [{ "next-action": "abc", origin: "http://claims.example.org", host: "claims.example.org" }, false, false],
    [{ "next-action": "abc", origin: "https://claims.example.org", host: "127.0.0.1:3000", "x-forwarded-host": "claims.example.org" }, true, false],
    [{ "next-action": "abc", origin: "https://claims.example.org", host: "127.0.0.1:3000", "x-forwarded-host": "claims.example.org" }, false, true],
    [{ origin: "https://evil.example", host: "claims.example.org" }, false, false], // not an action: the route checks it
  ])("%o (proxy trusted: %s) → %s", (headers, isProxyTrusted, expected) => {
    expect(isCrossSiteAction(request(headers), isProxyTrusted)).toBe(expected);
  });
});
