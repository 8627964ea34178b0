import { describe, expect, it } from "vitest";
import { MAX_TOKENS_PER_SPAN } from "./limits";
import { tokenizeWords as tokenize } from "./tokenize";
import { stemWord } from "./stem";

const norms = (text: string): string[] => tokenize(text).map((t) => t.norm);

describe("tokenize: normalisation", () => {
  const rows: { text: string; expected: string[]; why: string }[] = [
    { text: "Trump's", expected: ["trump"], why: "possessive 's is stripped" },
    {
      text: "Trump’s",
      expected: ["trump"],
      why: "curly apostrophe is folded before the possessive is stripped",
    },
    { text: "countries", expected: ["country"], why: "plural -ies becomes -y" },
    { text: "talks", expected: ["talk"], why: "plural -s is stripped" },
    { text: "boxes", expected: ["box"], why: "plural -es after x is stripped" },
    { text: "five", expected: ["5"], why: "number words become digits" },
    {
      text: "twenty-five",
      expected: ["25"],
      why: "a spelled compound number is one number, not 20 and 5",
    },
    {
      text: "60,000",
      expected: ["60000"],
      why: "thousands separators are removed",
    },
    {
      text: "1.5",
      expected: ["1.5"],
      why: "a decimal point stays inside the number",
    },
    { text: "São", expected: ["sao"], why: "diacritics are folded" },
    {
      text: "Muslim-majority",
      expected: ["muslim-majority", "muslim", "majority"],
      why: "hyphenated compound gives the whole, then its parts",
    },
    {
      text: "U.S.",
      expected: ["us"],
      why: "dotted acronym is one token without dots",
    },
    {
      text: "didn't",
      expected: ["not"],
      why: "n't contraction reads as the negation it carries",
    },
    {
      text: "2020–2021",
      expected: ["2020", "2021"],
      why: "an en dash separates a range, it does not join a compound",
    },
  ];
  it.each(rows)("$text → $expected ($why)", ({ text, expected }) => {
    expect(norms(text)).toEqual(expected);
  });

  const families: { words: string[]; why: string }[] = [
    {
      words: ["normalize", "normalized", "normalizing", "normalise"],
      why: "inflections and British spelling share a stem",
    },
    { words: ["agree", "agreed", "agreeing"], why: "-eed keeps its e-stem" },
    { words: ["large", "largely"], why: "-ly adverbs meet their adjective" },
    {
      words: ["travelled", "traveled", "travel"],
      why: "British double l meets American single l",
    },
    {
      words: ["stop", "stopped", "stopping"],
      why: "a doubled consonant before a suffix is undone",
    },
    { words: ["add", "added"], why: "short base words meet their past tense" },
  ];
  it.each(families)("$words share one key ($why)", ({ words }) => {
    const keys = new Set(words.map((w) => stemWord(w)));
    expect(keys.size).toBe(1);
  });
});

describe("tokenize: flags", () => {
  const rows: {
    word: string;
    isStop: boolean;
    isWeak: boolean;
    why: string;
  }[] = [
    {
      word: "the",
      isStop: true,
      isWeak: false,
      why: "articles are function words",
    },
    {
      word: "not",
      isStop: false,
      isWeak: true,
      why: "negation is kept for later stages but weighted low",
    },
    { word: "never", isStop: false, isWeak: true, why: "negation" },
    {
      word: "could",
      isStop: false,
      isWeak: true,
      why: "modals are kept but weighted low",
    },
    {
      word: "every",
      isStop: false,
      isWeak: true,
      why: "quantifiers are kept but weighted low",
    },
    {
      word: "US",
      isStop: false,
      isWeak: false,
      why: "an all-caps acronym is not the pronoun 'us'",
    },
    { word: "sanctions", isStop: false, isWeak: false, why: "content word" },
  ];
  it.each(rows)(
    "$word: stop=$isStop weak=$isWeak ($why)",
    ({ word, isStop, isWeak }) => {
      const [token] = tokenize(word);
      expect(token?.isStop).toBe(isStop);
      expect(token?.isWeak).toBe(isWeak);
    },
  );
});

describe("tokenize: offsets", () => {
  it("every token slices back to its surface word", () => {
    const text =
      "  Trump’s envoy, Steve Witkoff, met Aliyev in Baku—the U.S. said 60,000 “Muslim-majority” states’ talks…";
    const surfaces = tokenize(text).map((t) => text.slice(t.start, t.end));
    expect(surfaces).toEqual([
      "Trump’s",
      "envoy",
      "Steve",
      "Witkoff",
      "met",
      "Aliyev",
      "in",
      "Baku",
      "the",
      "U.S.",
      "said",
      "60,000",
      "Muslim-majority",
      "Muslim",
      "majority",
      "states",
      "talks",
    ]);
  });

  it("start/end select a window and offsets stay absolute", () => {
    const text = "First sentence here. Second sentence there.";
    const start = text.indexOf("Second");
    const tokens = tokenize(text, start, text.length);
    expect(tokens[0]).toMatchObject({ norm: "second", start });
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      "Second",
      "sentence",
      "there",
    ]);
  });

  it("a word cut by the window end is cut there, never read past it", () => {
    const text = "alpha betagamma";
    const tokens = tokenize(text, 0, 10);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      "alpha",
      "beta",
    ]);
  });

  it(`caps a pathological span at ${MAX_TOKENS_PER_SPAN} tokens`, () => {
    expect(tokenize("word ".repeat(10_000))).toHaveLength(MAX_TOKENS_PER_SPAN);
  });
});
