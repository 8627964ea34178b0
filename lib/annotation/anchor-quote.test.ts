import { describe, expect, it } from "vitest";
import { anchorQuote, describeQuote } from "./anchor-quote";

const ORIGINAL =
  "The talks began in March. Officials said the deal could be signed within weeks, three sources said. " +
  "Azerbaijan has close ties with Israel. The White House declined to comment on the talks.";
const QUOTE = "the deal could be signed within weeks";
const at = (text: string, quote: string, from = 0) => {
  const start = text.indexOf(quote, from);
  if (start === -1) throw new Error(`fixture: ${quote} not in text`);
  return describeQuote(text, start, start + quote.length);
};

describe("anchorQuote", () => {
  const selector = at(ORIGINAL, QUOTE);

  // One row per phenomenon: the new text, what should happen, and why.
  const rows: { name: string; text: string; expected: "anchored" | "moved" | "orphaned"; expectedText?: string; reason?: string }[] = [
    { name: "unchanged text: same place", text: ORIGINAL, expected: "anchored", expectedText: QUOTE },
    { name: "text inserted before: follows the quote", text: `UPDATED with a new lede paragraph.\n\n${ORIGINAL}`, expected: "moved", expectedText: QUOTE },
    {
      name: "paragraph moved elsewhere: a long unique quote is followed",
      text: "Azerbaijan has close ties with Israel. The White House declined to comment. Separately, the deal could be signed within weeks, people familiar said.",
      expected: "moved",
      expectedText: QUOTE,
    },
    {
      name: "quote lightly edited (a typo fixed, a word changed), context intact: follows",
      text: ORIGINAL.replace(QUOTE, "the deal could be signed within days"),
      expected: "moved",
      expectedText: "the deal could be signed within days",
    },
    {
      name: "quote rewritten: orphaned rather than guessed",
      text: ORIGINAL.replace(QUOTE, "an agreement is unlikely before the autumn at the earliest"),
      expected: "orphaned",
      reason: "not-found",
    },
    { name: "sentence deleted: orphaned", text: ORIGINAL.replace(`Officials said ${QUOTE}, three sources said. `, ""), expected: "orphaned", reason: "not-found" },
  ];
  it.each(rows)("$name", ({ text, expected, expectedText, reason }) => {
    const result = anchorQuote(selector, text);
    expect(result.status).toBe(expected);
    if (result.status === "orphaned") expect(result.reason).toBe(reason);
    else expect(text.slice(result.start, result.end)).toBe(expectedText);
  });

  it("picks the duplicate whose context matches when the quote occurs twice", () => {
    const text = "Ministers said the talks stalled in May. Later, aides said the talks stalled over funding.";
    const second = at(text, "the talks stalled", text.indexOf("aides"));
    const shifted = `Preface. ${text}`;
    const result = anchorQuote(second, shifted);
    expect(result).toMatchObject({ status: "moved", start: shifted.indexOf("the talks stalled over") });
  });

  it("orphans a duplicated quote whose context no longer tells the copies apart", () => {
    const selector = { exact: "yes", prefix: "It said: ", suffix: ". Then", start: 9, end: 12 };
    expect(anchorQuote(selector, "Intro. He said: yes. She said: yes.")).toEqual({ status: "orphaned", reason: "ambiguous" });
  });

  it("does not trust the old position when the same words now sit there in another context", () => {
    const original = "Alpha said no to the plan on Monday. Beta said yes to the plan on Tuesday.";
    const selector = at(original, "said yes to the plan");
    // The new text puts another "said yes to the plan" exactly at the old offsets, and the original sentence after it.
    const text = `${"Gamma, unrelated: ".padEnd(selector.start, "-")}said yes to the plan. ${original}`;
    expect(text.slice(selector.start, selector.end)).toBe("said yes to the plan");
    expect(anchorQuote(selector, text)).toMatchObject({ status: "moved", start: text.lastIndexOf("said yes to the plan") });
  });

  it("orphans a short quote found once in a different context", () => {
    const selector = at("Casualties rose to 300 on Friday, the ministry said.", "300");
    expect(anchorQuote(selector, "The budget grew by 300 million dollars in a year.")).toEqual({ status: "orphaned", reason: "weak-context" });
  });

  it("anchors a span that is the whole text (no context at all)", () => {
    expect(anchorQuote(describeQuote("Just this.", 0, 10), "Just this.")).toEqual({ status: "anchored", start: 0, end: 10, isEdited: false });
  });
});

describe("describeQuote", () => {
  // The context's outer ends never cut a surrogate pair: half an emoji is not text, and Prisma
  // refuses to store it. Rows: where the emoji sits, and what each side must hold whole.
  const pad = (n: number) => "x".repeat(n);
  const rows: { name: string; text: string; quote: string; prefix: string; suffix: string }[] = [
    { name: "no pair near either end: 32 code units each side", text: `${pad(40)}QUOTE${pad(40)}`, quote: "QUOTE", prefix: pad(32), suffix: pad(32) },
    { name: "pair across the prefix's start: taken whole (33 units)", text: `${pad(8)}😀${pad(31)}QUOTE`, quote: "QUOTE", prefix: `😀${pad(31)}`, suffix: "" },
    { name: "pair across the suffix's end: taken whole (33 units)", text: `QUOTE${pad(31)}😀${pad(8)}`, quote: "QUOTE", prefix: "", suffix: `${pad(31)}😀` },
    { name: "pair just inside the prefix: 32 units as before", text: `${pad(8)}😀${pad(30)}QUOTE`, quote: "QUOTE", prefix: `😀${pad(30)}`, suffix: "" },
    { name: "text shorter than the context: all of it", text: "😀 QUOTE 😀", quote: "QUOTE", prefix: "😀 ", suffix: " 😀" },
  ];
  it.each(rows)("$name", ({ text, quote, prefix, suffix }) => {
    const start = text.indexOf(quote);
    const selector = describeQuote(text, start, start + quote.length);
    expect(selector).toEqual({ exact: quote, prefix, suffix, start, end: start + quote.length });
    expect(selector.prefix.isWellFormed() && selector.suffix.isWellFormed()).toBe(true);
  });
});
