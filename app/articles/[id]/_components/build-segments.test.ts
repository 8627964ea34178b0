import { describe, expect, it } from "vitest";
import { buildSegments, type Segment } from "./build-segments";

type S = { start: number; end: number; id: string };
const sentence = (text: string, needle: string, id: string): S => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length, id });
const describeSegments = (segments: Segment<S>[]) =>
  segments.map((segment) =>
    segment.type === "sentence"
      ? `S(${segment.sentence.id})`
      : segment.type === "chrome"
        ? `C(${segment.lineCount}:${segment.reasons.join(",")})`
        : JSON.stringify(segment.text),
  );

const TEXT = "Menu\nHome\n\nFirst one. Second one.\n\nThird one.\n\nRelated\nMore\nPhoto: AP";

describe("buildSegments", () => {
  it.each<[string, S[], { start: number; end: number; reason: string }[], string[]]>([
    ["no sentences: the whole text as is", [], [], [JSON.stringify(TEXT)]],
    [
      "sentences keep the text between them, paragraph breaks included",
      [sentence(TEXT, "First one.", "a"), sentence(TEXT, "Second one.", "b"), sentence(TEXT, "Third one.", "c")],
      [],
      [JSON.stringify("Menu\nHome\n\n"), "S(a)", JSON.stringify(" "), "S(b)", JSON.stringify("\n\n"), "S(c)", JSON.stringify("\n\nRelated\nMore\nPhoto: AP")],
    ],
    [
      "adjacent chrome spans merge into one run with every reason; whitespace beside chrome is dropped",
      [sentence(TEXT, "First one.", "a"), sentence(TEXT, "Third one.", "c")],
      [
        { start: 0, end: 9, reason: "navigation" },
        { start: TEXT.indexOf("Related"), end: TEXT.indexOf("Photo") - 1, reason: "related-links" },
        { start: TEXT.indexOf("Photo"), end: TEXT.length, reason: "photo-credit" },
      ],
      ["C(2:navigation)", "S(a)", JSON.stringify(" Second one.\n\n"), "S(c)", "C(3:related-links,photo-credit)"],
    ],
    [
      "a span overlapping a sentence is clipped: the sentence wins",
      [sentence(TEXT, "First one.", "a")],
      [{ start: 0, end: TEXT.indexOf("First one.") + 3, reason: "navigation" }],
      ["C(2:navigation)", "S(a)", JSON.stringify(TEXT.slice(TEXT.indexOf(" Second")))],
    ],
  ])("%s", (_why, sentences, excluded, expected) => {
    const segments = buildSegments(TEXT, sentences, excluded);
    expect(describeSegments(segments)).toEqual(expected);
  });

  it("gives back the raw text apart from whitespace beside chrome", () => {
    const sentences = [sentence(TEXT, "First one.", "a"), sentence(TEXT, "Second one.", "b")];
    const segments = buildSegments(TEXT, sentences, [{ start: 0, end: 9, reason: "navigation" }]);
    expect(segments.map((segment) => segment.text).join("")).toBe(TEXT.replace("Home\n\n", "Home"));
  });
});
