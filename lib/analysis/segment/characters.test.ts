import { describe, expect, it } from "vitest";

import {
  endsWithFinalPunctuation,
  findNextOf,
  isCloserCode,
  isOpenerCode,
  isSpaceCode,
  isTerminatorCode,
} from "./characters";

// Every test stands in for a regex or character list; each is checked against it on all of the BMP.
describe("character tests", () => {
  it("answer as their regexes and lists do for every UTF-16 code unit", () => {
    const mismatches: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (
        isSpaceCode(code) !== /\s/.test(char) ||
        isTerminatorCode(code) !== ".!?…".includes(char) ||
        isCloserCode(code) !== `"”’'»)]}`.includes(char) ||
        isOpenerCode(code) !== `"“‘'«([{¿¡`.includes(char)
      )
        mismatches.push(code.toString(16));
    }
    expect(mismatches).toEqual([]);
  });

  it("find final punctuation as /[.!?…][\"'”’)\\]»]*$/ does", () => {
    const pieces = [..."ab .!?…\"'”’)]}»“ "];
    let state = 1;
    for (let round = 0; round < 20_000; round++) {
      let text = "";
      const length = round % 9;
      for (let i = 0; i < length; i++) {
        state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
        text += pieces[state % pieces.length];
      }
      expect(endsWithFinalPunctuation(text, 0, text.length), text).toBe(
        /[.!?…]["'”’)\]»]*$/.test(text),
      );
    }
  });

  it("find the next character of a class, or the end", () => {
    const pattern = /[.!?]/g;
    expect(findNextOf(pattern, "ab. cd!", 0)).toBe(2);
    expect(findNextOf(pattern, "ab. cd!", 3)).toBe(6);
    expect(findNextOf(pattern, "ab. cd!", 7)).toBe(7);
    expect(findNextOf(pattern, "ab cd", 0)).toBe(5);
  });
});
