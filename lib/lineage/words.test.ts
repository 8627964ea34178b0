import { describe, expect, it } from "vitest";
import { tokenizeWords } from "./words";

describe("tokenizeWords", () => {
  it.each([
    { text: "Five sources told Reuters", lower: ["five", "sources", "told", "reuters"], capitals: [true, false, false, true] },
    { text: "the Élysée and été", lower: ["the", "élysée", "and", "été"], capitals: [false, true, false, false] },
    { text: "Ørsted’s bid isn’t final", lower: ["ørsted's", "bid", "isn't", "final"], capitals: [true, false, false, false] },
    { text: "60,000 troops in 2.5 days", lower: ["60,000", "troops", "in", "2.5", "days"], capitals: [false, false, false, false, false] },
  ])("$text", ({ text, lower, capitals }) => {
    const words = tokenizeWords(text);
    expect(words.map((word) => word.lower)).toEqual(lower);
    expect(words.map((word) => word.isCapitalised)).toEqual(capitals);
    // Offsets slice back to the word as written.
    for (const word of words) expect(text.slice(word.start, word.end).toLowerCase().replaceAll("’", "'")).toBe(word.lower);
  });

  it("stops at max words, and the next call starts from the beginning of its own text", () => {
    expect(tokenizeWords("one two three four", 2).map((word) => word.lower)).toEqual(["one", "two"]);
    expect(tokenizeWords("alpha beta").map((word) => word.start)).toEqual([0, 6]);
  });
});
