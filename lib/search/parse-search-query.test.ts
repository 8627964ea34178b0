import { describe, expect, it } from "vitest";
import { MAX_SEARCH_ITEMS, isEmptySearchQuery, parseSearchQuery, type SearchPhrase } from "./parse-search-query";

/** A query's groups and exclusions in a compact notation: phrases as "a b", a beginning as "a*", OR as " | ". */
function show(q: string): { groups: string[]; excluded: string[] } {
  const phrase = (p: SearchPhrase) => `${p.words.join(" ")}${p.isPrefix ? "*" : ""}`;
  const query = parseSearchQuery(q);
  return { groups: query.groups.map((group) => group.map(phrase).join(" | ")), excluded: query.excluded.map(phrase) };
}

describe("parseSearchQuery", () => {
  it.each([
    // words
    ["words must all occur, each as a beginning too", "Aryeh Lightstone", ["aryeh*", "lightstone*"], []],
    ["case and accents folded", "ALÍYEV", ["aliyev*"], []],
    ["a one-letter word matches whole only", "U", ["u"], []],
    ["the same word twice is one", "Trump trump TRUMP", ["trump*"], []],
    ["a word the index splits stays together as a phrase", "Trump's", ["trump s"], []],
    ["a hyphen inside a word is part of it, not an exclusion", "al-Ahram", ["al ahram*"], []],
    // OR
    ["OR joins two words", "Lightstone OR Witkoff", ["lightstone* | witkoff*"], []],
    ["OR chains", "Baku OR Astana OR Tashkent", ["baku* | astana* | tashkent*"], []],
    ["| is OR too", "Baku | Astana", ["baku* | astana*"], []],
    ["OR binds tighter than the implicit AND", "talks Baku OR Astana", ["talks*", "baku* | astana*"], []],
    ["lower-case or is a word", "Baku or Astana", ["baku*", "or*", "astana*"], []],
    ["OR at either end is ignored", "OR Baku OR", ["baku*"], []],
    ["AND changes nothing", "Baku AND Astana", ["baku*", "astana*"], []],
    // exclusion
    ["a minus leaves a word out", "talks -Kazakhstan", ["talks*"], ["kazakhstan*"]],
    ["NOT does the same", "talks NOT Kazakhstan", ["talks*"], ["kazakhstan*"]],
    ["a minus before a phrase", 'talks -"Central Asia"', ["talks*"], ["central asia"]],
    ["an exclusion alone", "-Kazakhstan", [], ["kazakhstan*"]],
    ["a lone minus is nothing", "-", [], []],
    ["a minus before a space is nothing", "talks - Baku", ["talks*", "baku*"], []],
    // phrases
    ["a quoted phrase: whole words, in order", '"aides say"', ["aides say"], []],
    ["typographic quotes", "“aides say”", ["aides say"], []],
    ["an unclosed quote runs to the end", '"aides say', ["aides say"], []],
    ["a lone quote is nothing", '"', [], []],
    ["an empty phrase is nothing", 'Baku ""', ["baku*"], []],
    ["phrases in an OR", '"senior aide" OR envoy', ["senior aide | envoy*"], []],
    // numbers
    ["digits: every common way of writing the value", "60000", ["60000 | 60 000 | 60 thousand | 60k"], []],
    ["a comma form is the same value", "60,000", ["60000 | 60 000 | 60 thousand | 60k"], []],
    ["a k suffix", "60k", ["60000 | 60 000 | 60 thousand | 60k"], []],
    ["a scale word after the number", "60 thousand", ["60000 | 60 000 | 60 thousand | 60k"], []],
    ["a decimal mantissa", "1.5 million", ["1500000 | 1 500 000 | 1 5 million | 1 5m"], []],
    ["currency and bn", "$2bn", ["2000000000 | 2 000 000 000 | 2 billion | 2bn"], []],
    ["a small number has one form, matched whole", "600", ["600"], []],
    ["a year: no scaled form with three decimals", "2026", ["2026 | 2 026"], []],
    ["a percentage is its number", "30%", ["30"], []],
    ["a decimal is two index words", "2.5", ["2 5"], []],
    ["a leading zero is an identifier, not a number", "007", ["007*"], []],
    ["a comma that is no thousands separator keeps the words together", "1,5", ["1 5"], []],
    ["numbers in an OR", "60000 OR 100000", ["60000 | 60 000 | 60 thousand | 60k | 100000 | 100 000 | 100 thousand | 100k"], []],
    ["a number excluded in every form", "Gaza -60000", ["gaza*"], ["60000", "60 000", "60 thousand", "60k"]],
    // hostile input stays words
    ["FTS5 syntax is only words", 'NEAR(Lightstone Aliyev) text: {x} ^y *', ["near lightstone*", "aliyev*", "text*", "x", "y"], []],
    ["SQL is only words", "'; DROP TABLE \"Claim\"; --", ["drop*", "table*", "claim"], []],
    ["nothing searchable", ": * ( ) ^", [], []],
  ])("%s: %s", (_, q, groups, excluded) => {
    expect(show(q)).toEqual({ groups, excluded });
  });

  it("keeps at most MAX_SEARCH_ITEMS items however long the query", () => {
    const query = parseSearchQuery("word ".repeat(100) + Array.from({ length: 20 }, (_, i) => `w${i}`).join(" "));
    expect(query.groups.length).toBeLessThanOrEqual(MAX_SEARCH_ITEMS);
    const long = parseSearchQuery(`"${"a ".repeat(500)}"`);
    expect(long.groups[0]?.[0]?.words.length).toBeLessThanOrEqual(8);
  });

  it("never yields a word with anything but letters, digits and marks", () => {
    const hostile = ['"a" OR "b"*', "x\" OR 1=1 --", "NEAR/3", "col:val", "a\u0000b", "\u{1F600} emoji", "𝟔𝟎𝟎𝟎𝟎"];
    for (const q of hostile) {
      for (const phrase of [...parseSearchQuery(q).groups.flat(), ...parseSearchQuery(q).excluded]) {
        for (const word of phrase.words) expect(word).toMatch(/^[\p{L}\p{N}\p{M}]+$/u);
      }
    }
  });

  it("marks the words to find, not those left out", () => {
    expect(parseSearchQuery('Lightstone OR "senior aide" -Witkoff 60k').highlights).toEqual([
      { word: "lightstone", isPrefix: true },
      { word: "senior", isPrefix: false },
      { word: "aide", isPrefix: false },
      { word: "60000", isPrefix: false },
      { word: "60", isPrefix: false },
      { word: "000", isPrefix: false },
      { word: "thousand", isPrefix: false },
      { word: "60k", isPrefix: false },
    ]);
  });

  it.each([
    ["", true],
    ["-", true],
    ["-Kazakhstan", false],
    ["Baku", false],
  ])("tells an empty query: %j", (q, isEmpty) => {
    expect(isEmptySearchQuery(parseSearchQuery(q))).toBe(isEmpty);
  });
});
