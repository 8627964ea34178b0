import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, readEnv, renderEnvTable } from "./env";

describe("readEnv", () => {
  it.each([
    // [value, parsed]: the one boolean parser, for every flag
    [undefined, true],
    ["", true],
    ["on", true],
    ["YES", true],
    [" 1 ", true],
    ["off", false],
    ["False", false],
    ["0", false],
    ["no", false],
  ])("CLAIMTRAIL_PUBLIC_READ=%j is %j", (value, expected) => {
    expect(readEnv({ CLAIMTRAIL_PUBLIC_READ: value }).CLAIMTRAIL_PUBLIC_READ).toBe(expected);
  });

  it("refuses a flag that is neither on nor off, naming the variable", () => {
    expect(() => readEnv({ CLAIMTRAIL_TRUST_PROXY: "maybe" })).toThrow(EnvError);
    expect(() => readEnv({ CLAIMTRAIL_TRUST_PROXY: "maybe" })).toThrow(/CLAIMTRAIL_TRUST_PROXY must be one of 1, true, on, yes, 0, false, off, no/);
  });

  it("reports every bad variable at once", () => {
    try {
      readEnv({ PORT: "99999", CLAIMTRAIL_PUBLIC_URL: "ftp://x" });
      expect.unreachable();
    } catch (error) {
      expect((error as EnvError).problems.map((p) => p.name)).toEqual(["PORT", "CLAIMTRAIL_PUBLIC_URL"]);
    }
  });

  it.each([
    ["https://claims.example.org/", "https://claims.example.org"],
    ["https://example.org/claimtrail/", "https://example.org/claimtrail"],
    ["http://10.0.0.5:8080", "http://10.0.0.5:8080"],
  ])("CLAIMTRAIL_PUBLIC_URL=%s is %s", (value, expected) => {
    expect(readEnv({ CLAIMTRAIL_PUBLIC_URL: value }).CLAIMTRAIL_PUBLIC_URL).toBe(expected);
  });

  it.each(["claims.example.org", "javascript:alert(1)", "https://example.org/?a=1", "https://u:p@example.org"])("refuses CLAIMTRAIL_PUBLIC_URL=%s", (value) => {
    expect(() => readEnv({ CLAIMTRAIL_PUBLIC_URL: value })).toThrow(/CLAIMTRAIL_PUBLIC_URL/);
  });

  it("gives the documented defaults", () => {
    const env = readEnv({});
    expect(env).toMatchObject({ DATABASE_URL: "file:./prisma/dev.db", PORT: 3000, CLAIMTRAIL_PAGE_CACHE: true, CLAIMTRAIL_TRUST_PROXY: false, CLAIMTRAIL_PUBLIC_URL: null, CLAIMTRAIL_JOB_RUNNER: "in-process" });
  });

  it.each([
    ["in-process", "in-process"],
    [" External ", "external"],
    ["", "in-process"],
  ])("CLAIMTRAIL_JOB_RUNNER=%j is %j", (value, expected) => {
    expect(readEnv({ CLAIMTRAIL_JOB_RUNNER: value }).CLAIMTRAIL_JOB_RUNNER).toBe(expected);
  });

  it("refuses a job runner it does not know, naming the choices", () => {
    expect(() => readEnv({ CLAIMTRAIL_JOB_RUNNER: "worker" })).toThrow(/CLAIMTRAIL_JOB_RUNNER must be one of in-process, external/);
  });
});

describe("README", () => {
  it("documents exactly the registry's variables (npm run docs:env regenerates the table)", () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, "../../README.md"), "utf8");
    expect(readme).toContain(renderEnvTable());
  });
});
