import { describe, expect, it } from "vitest";
import { parseSearchQuery } from "@/lib/search/parse-search-query";
import { excerptParts, markTerms } from "./mark-terms";

/** The highlights of a search box value, as the results page gets them. */
const terms = (q: string) => parseSearchQuery(q).highlights;
const marked = (text: string, q: string) =>
  markTerms(text, terms(q))
    .filter((part) => part.isMatch)
    .map((part) => part.text);

describe("markTerms", () => {
  it.each([
    ["an exact word", "Aryeh Lightstone met Aliyev", "lightstone", ["Lightstone"]],
    ["a prefix, as the search matches prefixes", "Aryeh Lightstone met Aliyev", "light", ["Lightstone"]],
    ["accents and case folded", "Ilham ALÍYEV said", "aliyev", ["ALÍYEV"]],
    ["every occurrence of several terms", "Trump and Trump's envoy", "trump envoy", ["Trump", "Trump", "envoy"]],
    ["a one-letter term only as a whole word", "U.S. officials use", "u", ["U"]],
    ["nothing inside other words", "Kazakhstan", "stan", []],
    ["both alternatives of OR", "Lightstone, an aide to Witkoff", "Lightstone OR Witkoff", ["Lightstone", "Witkoff"]],
    ["nothing of an excluded word", "Aliyev of Kazakhstan", "Aliyev -Kazakhstan", ["Aliyev"]],
    ["a phrase's words whole, not as beginnings", "aides say the aide", '"aides say"', ["aides", "say"]],
    ["a number's digits whole: 60000 marks 60,000 but not 600", "over 60,000 people, not 600", "60000", ["60", "000"]],
  ])("marks %s", (_, text, q, expected) => {
    expect(marked(text, q)).toEqual(expected);
  });

  it("keeps the text intact", () => {
    const text = "Aryeh Lightstone, a key Witkoff aide, met Aliyev.";
    expect(markTerms(text, terms("aliyev key")).map((part) => part.text).join("")).toBe(text);
    expect(markTerms(text, [])).toEqual([{ text, isMatch: false }]);
  });
});

describe("excerptParts", () => {
  it("returns short wordings whole", () => {
    const parts = markTerms("A short wording about Aliyev.", terms("aliyev"));
    expect(excerptParts(parts)).toEqual(parts);
  });

  it("cuts a long wording around its first match, at word boundaries, with ellipses", () => {
    const text = `${"word ".repeat(80)}Lightstone met Aliyev ${"tail ".repeat(80)}`.trim();
    const excerpt = excerptParts(markTerms(text, terms("lightstone")));
    const joined = excerpt.map((part) => part.text).join("");
    expect(joined.startsWith("… word")).toBe(true);
    expect(joined.endsWith("tail …")).toBe(true);
    expect(joined.length).toBeLessThan(240);
    expect(excerpt.filter((part) => part.isMatch).map((part) => part.text)).toEqual(["Lightstone"]);
  });
});
