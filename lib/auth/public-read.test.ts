import { describe, expect, it } from "vitest";
import { isPublicReadEnabled } from "./public-read";

describe("isPublicReadEnabled", () => {
  it.each([
    [undefined, true, "unset: default on"],
    ["", true, "empty: default on"],
    ["1", true, "explicitly on"],
    ["true", true, "explicitly on"],
    ["0", false, "off"],
    ["false", false, "off"],
    ["OFF", false, "off, any case"],
    [" off ", false, "off, with spaces"],
  ] as [string | undefined, boolean, string][])("CLAIMTRAIL_PUBLIC_READ=%j → %s (%s)", (value, expected) => {
    expect(isPublicReadEnabled({ CLAIMTRAIL_PUBLIC_READ: value })).toBe(expected);
  });
});
