import { describe, expect, it } from "vitest";
import { hashContent } from "./hash-content";
import { normalizeArticleText } from "./normalize-article-text";

describe("normalizeArticleText", () => {
  it.each([
    ["CRLF line ends (a pasted form field)", "One.\r\nTwo.\r\n", "One.\nTwo.\n"],
    ["lone CR line ends (old Mac files)", "One.\rTwo.", "One.\nTwo."],
    ["a decomposed accent (e + U+0301) is composed (NFC)", "Caf\u0065\u0301", "Caf\u00e9"],
    ["text already normal is unchanged", "Plain\n\ntext.", "Plain\n\ntext."],
    ["zero-width space, word joiner, soft hyphen and BOM cannot split a word", "\ufeffReu\u200bters and Reu\u00adt\u2060ers", "Reuters and Reuters"],
  ])("%s", (_why, input, expected) => {
    expect(normalizeArticleText(input)).toBe(expected);
    expect(hashContent(normalizeArticleText(input))).toBe(hashContent(expected));
  });
});
