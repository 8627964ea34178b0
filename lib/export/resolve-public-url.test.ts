import { describe, expect, it } from "vitest";
import { resolvePublicAddress } from "./resolve-public-url";

const REQUEST = "http://localhost:3000/api/stories/s/export?format=md";

describe("resolvePublicAddress", () => {
  it.each([
    ["CLAIMTRAIL_PUBLIC_URL wins over every header", { publicUrl: "https://claims.example.org", trustProxy: true }, { "x-forwarded-host": "evil.example" }, { baseUrl: "https://claims.example.org", isLocal: false }],
    ["forwarded headers are ignored without a trusted proxy: the address is local", { publicUrl: null, trustProxy: false }, { "x-forwarded-host": "claims.example.org", "x-forwarded-proto": "https" }, { baseUrl: "http://localhost:3000", isLocal: true }],
    ["a trusted proxy's forwarded host and protocol", { publicUrl: null, trustProxy: true }, { "x-forwarded-host": "claims.example.org, inner", "x-forwarded-proto": "https" }, { baseUrl: "https://claims.example.org", isLocal: false }],
    ["a trusted proxy without X-Forwarded-Host: the Host header", { publicUrl: null, trustProxy: true }, { host: "claims.example.org:8443" }, { baseUrl: "http://claims.example.org:8443", isLocal: false }],
    ["a forwarded host with a path or credentials is refused", { publicUrl: null, trustProxy: true }, { "x-forwarded-host": "a@b.example/x", host: "" }, { baseUrl: "http://localhost:3000", isLocal: true }],
    ["a forwarded protocol other than http(s) is refused", { publicUrl: null, trustProxy: true }, { "x-forwarded-host": "claims.example.org", "x-forwarded-proto": "javascript" }, { baseUrl: "http://localhost:3000", isLocal: true }],
  ])("%s", (_why, settings, headers, expected) => {
    expect(resolvePublicAddress(settings, new Headers(headers), REQUEST)).toEqual(expected);
  });
});
