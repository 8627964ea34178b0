import { describe, expect, it } from "vitest";

import { extractContentWords } from "./content-words";

// extractContentWords scans by hand what this regex and these replacements define. The random
// texts below are spelled from letters no stop word is made of, so stop words play no part.
function extractByRegex(text: string, cap: number): string[] {
  const words: string[] = [];
  const pattern = /\p{L}[\p{L}\p{M}'’-]*/gu;
  let match: RegExpExecArray | null;
  while (words.length < cap && (match = pattern.exec(text)) !== null) {
    let word = match[0]
      .toLowerCase()
      .replace(/['’]s?$/, "")
      .replace(/['’-]+$/, "");
    if (word.length > 4 && word.endsWith("s") && !word.endsWith("ss"))
      word = word.slice(0, -1);
    if (word.length >= 3) words.push(word);
  }
  return words;
}

const PIECES = [..."abZSs''’--  \n0éÉİſ“ßΣςx", "\u0301", "😀", "𝐀", "\ud835"];

describe("extractContentWords", () => {
  it("reads words exactly as the reference regex does", () => {
    let state = 1;
    const random = () => {
      state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
      return state / 0x7fffffff;
    };
    for (let round = 0; round < 20_000; round++) {
      let text = "";
      const length = Math.floor(random() * 25);
      for (let i = 0; i < length; i++)
        text += PIECES[Math.floor(random() * PIECES.length)];
      const cap = random() < 0.2 ? Math.floor(random() * 4) : 400;
      expect(extractContentWords(text, cap)).toEqual(extractByRegex(text, cap));
    }
  });
});
