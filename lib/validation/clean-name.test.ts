import { describe, expect, it } from "vitest";
import { cleanName, nameSkeleton, normalizeDomain } from "./clean-name";

describe("cleanName", () => {
  it.each([
    ["a zero-width space inside", "Reu\u200bters", "Reuters"],
    ["a right-to-left override (renders as 'Reuters')", "\u202esretueR", "sretueR"],
    ["full-width letters (NFKC)", "Ｒｅｕｔｅｒｓ", "Reuters"],
    ["soft hyphen and word joiner", "Reu\u00adt\u2060ers", "Reuters"],
    ["runs of white space", "  Le \t Monde ", "Le Monde"],
  ])("%s", (_why, input, expected) => expect(cleanName(input)).toBe(expected));
});

describe("nameSkeleton", () => {
  it.each([
    ["Cyrillic е looks like Latin e", "Reutеrs", "Reuters"],
    ["Greek capitals look like Latin ones", "ΒΒC", "BBC"],
    ["case does not make another name", "REUTERS", "Reuters"],
  ])("%s", (_why, lookAlike, original) => expect(nameSkeleton(lookAlike)).toBe(nameSkeleton(original)));

  it("keeps different names apart", () => expect(nameSkeleton("Reuters")).not.toBe(nameSkeleton("Router")));
});

describe("normalizeDomain", () => {
  it.each([
    ["reuters.com\u200b", "reuters.com"],
    ["https://www.Reuters.com/", "www.reuters.com"],
    ["bücher.example", "xn--bcher-kva.example"],
    ["reuters.com/world", null],
    ["user@reuters.com", null],
    ["reuters", null],
  ])("%j → %j", (input, expected) => expect(normalizeDomain(input)).toBe(expected));
});
