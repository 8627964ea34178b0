import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

// A cheap cost for speed: the format and the checks do not depend on it.
const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

describe("password hashing", () => {
  it("verifies the right password and rejects a wrong one", async () => {
    const stored = await hashPassword("correct horse battery staple", CHEAP);
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(stored).not.toContain("correct horse");
    expect(await verifyPassword("correct horse battery staple", stored)).toBe(true);
    expect(await verifyPassword("correct horse battery stapl", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("same", CHEAP)).not.toBe(await hashPassword("same", CHEAP));
  });

  it("uses the slow default cost unless told otherwise", async () => {
    expect((await hashPassword("x")).split("$").slice(1, 4)).toEqual(["131072", "8", "1"]);
  });

  it("rejects malformed stored hashes instead of throwing", async () => {
    for (const stored of ["", "plain", "bcrypt$1$2$3$4$5", "scrypt$1024$8$1$$"]) expect(await verifyPassword("x", stored)).toBe(false);
  });
});
