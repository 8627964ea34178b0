import { describe, expect, it } from "vitest";
import { newUserSchema } from "@/lib/validation/user";
import { describeWeakPassword } from "./password-strength";

describe("describeWeakPassword", () => {
  const weak: { why: string; password: string; message: RegExp }[] = [
    { why: "twelve spaces (long enough, says nothing)", password: " ".repeat(12), message: /Repeated characters/ },
    { why: "one letter twelve times", password: "a".repeat(12), message: /Repeated characters/ },
    { why: "a common password with digits", password: "password1234", message: /commonly used password/ },
    { why: "a keyboard row", password: "qwertyuiop12", message: /./ },
  ];
  it.each(weak)("refuses $why with a reason and a suggestion", ({ password, message }) => {
    expect(describeWeakPassword(password)).toMatch(message);
  });

  it.each(["a long enough password", "correct horse battery staple", "tag editor passphrase"])("accepts %j", (password) => {
    expect(describeWeakPassword(password)).toBeNull();
  });

  it("counts the account's own email and name as known words", () => {
    expect(describeWeakPassword("ada.lovelace.ada", [])).toBeNull();
    expect(describeWeakPassword("ada.lovelace.ada", ["ada.lovelace@example.org", "ada.lovelace"])).not.toBeNull();
  });
});

describe("newUserSchema", () => {
  it("refuses a weak password on the password field, as the forms and the CLI show it", () => {
    const parsed = newUserSchema.safeParse({ email: "a@example.org", role: "viewer", password: "aaaaaaaaaaaa" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.flatten().fieldErrors.password?.[0]).toMatch(/Repeated characters like "aaa" are easy to guess/);
  });
});
