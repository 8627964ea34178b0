import { describe, expect, it } from "vitest";
import { excerptParts, markTerms } from "./mark-terms";

const marked = (text: string, terms: string[]) =>
  markTerms(text, terms)
    .filter((part) => part.isMatch)
    .map((part) => part.text);

describe("markTerms", () => {
  it.each([
    ["an exact word", "Aryeh Lightstone met Aliyev", ["lightstone"], ["Lightstone"]],
    ["a prefix, as the search matches prefixes", "Aryeh Lightstone met Aliyev", ["light"], ["Lightstone"]],
    ["accents and case folded", "Ilham ALÍYEV said", ["aliyev"], ["ALÍYEV"]],
    ["every occurrence of several terms", "Trump and Trump's envoy", ["trump", "envoy"], ["Trump", "Trump", "envoy"]],
    ["a one-letter term only as a whole word", "U.S. officials use", ["u"], ["U"]],
    ["nothing inside other words", "Kazakhstan", ["stan"], []],
  ])("marks %s", (_, text, terms, expected) => {
    expect(marked(text, terms)).toEqual(expected);
  });

  it("keeps the text intact", () => {
    const text = "Aryeh Lightstone, a key Witkoff aide, met Aliyev.";
    expect(markTerms(text, ["aliyev", "key"]).map((part) => part.text).join("")).toBe(text);
    expect(markTerms(text, [])).toEqual([{ text, isMatch: false }]);
  });
});

describe("excerptParts", () => {
  it("returns short wordings whole", () => {
    const parts = markTerms("A short wording about Aliyev.", ["aliyev"]);
    expect(excerptParts(parts)).toEqual(parts);
  });

  it("cuts a long wording around its first match, at word boundaries, with ellipses", () => {
    const text = `${"word ".repeat(80)}Lightstone met Aliyev ${"tail ".repeat(80)}`.trim();
    const excerpt = excerptParts(markTerms(text, ["lightstone"]));
    const joined = excerpt.map((part) => part.text).join("");
    expect(joined.startsWith("… word")).toBe(true);
    expect(joined.endsWith("tail …")).toBe(true);
    expect(joined.length).toBeLessThan(240);
    expect(excerpt.filter((part) => part.isMatch).map((part) => part.text)).toEqual(["Lightstone"]);
  });
});
