import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { createSentenceView, tokenizeRange, type Token } from "./tokenize";
import { classifyWord, defineWordClass, hasWordClass } from "./word-classes";

// The tokenizer is a hand-written scanner for this regex; the tests hold it to the regex.
const REFERENCE_RE =
  /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’.\-]\p{L}[\p{L}\p{M}\p{N}]*)*|\d+(?:[.,]\d+)*\p{L}*|\S/gu;

/** A token's surface fields: what the scan decides (word classes and word key are derived). */
type Surface = Omit<Token, "wordClasses" | "norm" | "isStop" | "isWeak">;

/** Tokens as the regex defines them, without the derived word classes and keys. */
function tokenizeByRegex(
  text: string,
  start: number,
  end: number,
  maxChars = 2000,
): Surface[] {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length, from + maxChars));
  return [...text.slice(from, to).matchAll(REFERENCE_RE)].map((match) => {
    const raw = match[0];
    const offset = from + (match.index ?? 0);
    const first = raw.charAt(0);
    const kind =
      first >= "0" && first <= "9"
        ? "number"
        : /^\p{L}/u.test(first)
          ? "word"
          : "punct";
    return {
      text: raw,
      lower: raw.toLowerCase().replace(/’/g, "'"),
      start: offset,
      end: offset + raw.length,
      kind,
      isCap: kind === "word" && first !== first.toLowerCase(),
    };
  });
}

function withoutClasses(tokens: Token[]): Surface[] {
  return tokens.map(({ wordClasses: _wordClasses, norm: _norm, isStop: _isStop, isWeak: _isWeak, ...token }) => token);
}

/** A deterministic generator (mulberry32), so failures reproduce. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Letters of several scripts and cases, marks, digits of other scripts, joiners, spaces of every
// kind, astral letters and lone surrogates: the places a scanner can part from the regex.
const PIECES = [
  ..."abZUS.,'’--  \n\t\u00a0\u2009\u3000\ufeff0192éÉǅϒİßΣЖж日ﬁ“”\"$%&",
  "\u0301",
  "\u0663",
  "Ⅻ",
  "½",
  "😀",
  "𝐀",
  "𝑎",
  "\ud835",
  "\udc00",
];

function createRandomText(random: () => number, maxLength: number): string {
  let text = "";
  const length = Math.floor(random() * maxLength);
  for (let i = 0; i < length; i++)
    text += PIECES[Math.floor(random() * PIECES.length)];
  return text;
}

const SEEDS = path.resolve(import.meta.dirname, "../../../seeds");
const seedPages = readdirSync(SEEDS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) =>
    readdirSync(path.join(SEEDS, entry.name))
      .filter((name) => name.endsWith(".txt"))
      .map((name) => readFileSync(path.join(SEEDS, entry.name, name), "utf8")),
  );

describe("tokenizeRange", () => {
  it("tokenizes the seed pages exactly as the reference regex does", () => {
    for (const page of seedPages) {
      expect(withoutClasses(tokenizeRange(page, 0, page.length, 1e9))).toEqual(
        tokenizeByRegex(page, 0, page.length, 1e9),
      );
    }
  });

  it("matches the reference regex on arbitrary text, ranges and caps", () => {
    const random = createRandom(7);
    for (let round = 0; round < 20_000; round++) {
      const text = createRandomText(random, 30);
      const start = Math.floor(random() * (text.length + 2)) - 1;
      const end = Math.floor(random() * (text.length + 3)) - 1;
      const maxChars = random() < 0.2 ? Math.floor(random() * 10) : 2000;
      expect(withoutClasses(tokenizeRange(text, start, end, maxChars))).toEqual(
        tokenizeByRegex(text, start, end, maxChars),
      );
    }
  });
});

describe("createSentenceView", () => {
  it("gives the tokens of its own range, also where the range cuts through a word", () => {
    const random = createRandom(11);
    for (let round = 0; round < 5_000; round++) {
      const text = createRandomText(random, 40);
      for (let cut = 0; cut < 4; cut++) {
        const start = Math.floor(random() * (text.length + 2)) - 1;
        const end = Math.floor(random() * (text.length + 3)) - 1;
        expect(
          withoutClasses(createSentenceView(text, start, end).tokens),
        ).toEqual(tokenizeByRegex(text, start, end));
      }
    }
  });
});

describe("word classes", () => {
  it("puts every word in a class defined after words were classified", () => {
    classifyWord("anything");
    const late = defineWordClass(() => false);
    expect(late).toBe(0);
    expect(hasWordClass({ wordClasses: 0 }, late)).toBe(true);
  });
});
