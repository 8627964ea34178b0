import { describe, expect, it } from "vitest";
import { isTitleCaseLabel } from "./title-case";

describe("isTitleCaseLabel", () => {
  it.each([
    ["a section subhead in title case", "Market Reaction and Outlook", true],
    ["function words stay lower case", "Call for Humanitarian Access", true],
    ["'Over' capitalised is still title case", "International Concern Over Gaza Crisis", true],
    ["a number in a label", "What the 2025 Budget Means", true],
    ["sentence-case subheads are not title case", "Why Azerbaijan matters", false],
    ["a sentence with a final period is prose", "Germany Halts Arms Exports.", false],
    ["one word is a name or menu item", "Outlook", false],
    ["lower-case content words make it prose", "Germany will halt exports to Israel", false],
    ["a long title-case line is a headline, not a label", "Kenya Court Suspends Adani Power Deal After Law Society Challenges Secret Thirty Year Contract", false],
  ])("%s", (_why, text, expected) => {
    expect(isTitleCaseLabel(text)).toBe(expected);
  });
});
