import { describe, expect, it } from "vitest";
import { REASON_CODES } from "@/lib/analysis";
import { compareRevisions } from "./compare-revisions";
import type { ClaimChange } from "./types";

const REFERENCE = `Port deal to be signed on Friday

Ministers will sign the port agreement on Friday, officials said.

The deal covers 12 harbours along the coast, according to the ministry.

"This is a historic day for our ports," the minister said.`;

const HEADLINE = "Port deal to be signed on Friday";
const SIGN = "Ministers will sign the port agreement on Friday, officials said.";
const DEAL = "The deal covers 12 harbours along the coast, according to the ministry.";
const QUOTE = `"This is a historic day for our ports," the minister said.`;
const article = (...paragraphs: string[]) => [HEADLINE, ...paragraphs].join("\n\n");
const FAITHFUL = article(SIGN, DEAL, QUOTE);

/** A change as the rows state it: kind, claim and the aspects' types and codes. */
function brief(change: ClaimChange): string {
  const aspects = change.aspects.map((aspect) =>
    aspect.type === "label" ? `${aspect.from}→${aspect.to}` : "code" in aspect ? `${aspect.type}:${aspect.code}` : `${aspect.type}:${aspect.detailType}`,
  );
  return `${change.kind} ${change.claimId.startsWith("new:") ? "new" : change.claimId} [${aspects.join(", ")}]`;
}

const rows: { name: string; before: string; after: string; expected: string[]; trivial?: number }[] = [
  { name: "the same text: nothing", before: FAITHFUL, after: FAITHFUL, expected: [] },
  {
    name: '"will" → "may": the claim is softened, with the engine\'s hedge-added reason',
    before: FAITHFUL,
    after: article(SIGN.replace("will", "may"), DEAL, QUOTE),
    expected: ["changed c2 [faithful→softened, reason-gained:hedge-added]"],
  },
  {
    name: "a number corrected back to the reference's: altered → faithful, the number change gone",
    before: article(SIGN, DEAL.replace("12", "21"), QUOTE),
    after: FAITHFUL,
    expected: ["changed c3 [altered→faithful, reason-lost:number-changed, detail-relabelled:figure]"],
  },
  {
    name: "a number changed to another wrong one: still altered, the reason's wording differs",
    before: article(SIGN, DEAL.replace("12", "21"), QUOTE),
    after: article(SIGN, DEAL.replace("12", "15"), QUOTE),
    expected: ["changed c3 [reason-gained:number-changed, reason-lost:number-changed]"],
  },
  {
    name: "a quote removed: its claim and the quote detail are dropped",
    before: FAITHFUL,
    after: article(SIGN, DEAL),
    expected: ["dropped c4 [faithful→omitted, detail-dropped:quote, detail-dropped:sourcing]"],
  },
  {
    name: "an attribution added: the sourcing detail is carried again",
    before: article(SIGN, "The deal covers 12 harbours along the coast.", QUOTE),
    after: FAITHFUL,
    expected: ["changed c3 [detail-added:sourcing]"],
  },
  {
    name: "new material added: a claim the reference does not have",
    before: FAITHFUL,
    after: article(SIGN, DEAL, QUOTE, "Critics in parliament say the deal was rushed through without a vote."),
    expected: ["added new [omitted→added, detail-added:sourcing]"],
  },
  { name: "a typo fixed: no claim changes", before: article(SIGN.replace("agreement", "agreemnet"), DEAL, QUOTE), after: FAITHFUL, expected: [], trivial: 1 },
  { name: "punctuation only: no claim changes", before: article(SIGN.replace(", officials", " officials"), DEAL, QUOTE), after: FAITHFUL, expected: [], trivial: 1 },
  {
    name: "page chrome added: nothing the engine reads changes",
    before: FAITHFUL,
    after: `${FAITHFUL}\n\nShare this article\n\nSign up for our newsletter`,
    expected: [],
    trivial: 1,
  },
  {
    name: "new material with a typo fixed: one claim reworded, not one dropped and one added",
    before: article(SIGN, DEAL, QUOTE, "Critics in parliament say the deal was rushed thruogh without a vote."),
    after: article(SIGN, DEAL, QUOTE, "Critics in parliament say the deal was rushed through without a vote."),
    expected: [],
    trivial: 1,
  },
];

describe("compareRevisions", () => {
  it.each(rows)("$name", ({ before, after, expected, trivial = 0 }) => {
    const result = compareRevisions({ reference: { file: "reference", text: REFERENCE }, before, after });
    expect(result.changes.map(brief)).toEqual(expected);
    expect(result.trivialCount).toBe(trivial);
    expect(result.isTextChanged).toBe(before !== after);
  });

  it("lists trivial rewordings with includeTrivial, with the word diff and the whole-text diff", () => {
    const before = article(SIGN.replace("agreement", "agreemnet"), DEAL, QUOTE);
    const result = compareRevisions({ reference: { file: "reference", text: REFERENCE }, before, after: FAITHFUL, includeTrivial: true });
    expect(result.changes.map(brief)).toEqual(["reworded c2 []"]);
    expect(result.changes[0]!.wordDiff?.filter((part) => part.type !== "same")).toEqual([
      { type: "removed", value: "agreemnet" },
      { type: "added", value: "agreement" },
    ]);
    const joined = (type: "removed" | "added") => result.textDiff!.filter((part) => part.type !== type).map((part) => part.value).join("");
    expect([joined("added"), joined("removed")]).toEqual([before, FAITHFUL]);
  });

  it("explains each change in words and slices every sentence back from its revision", () => {
    const after = article(SIGN.replace("will", "may"), DEAL);
    const result = compareRevisions({ reference: { file: "reference", text: REFERENCE }, before: FAITHFUL, after });
    const softened = result.changes.find((change) => change.claimId === "c2")!;
    expect(softened.summary[0]).toBe("faithful → softened");
    expect(softened.summary[1]).toMatch(/“will sign” became “may sign”.*\[hedge-added\]/);
    expect(after.slice(softened.after!.sentence.start, softened.after!.sentence.end)).toBe(softened.after!.sentence.text);
    const dropped = result.changes.find((change) => change.kind === "dropped")!;
    expect(dropped.summary).toContain(`A quote removed: “This is a historic day for our ports”`);
    expect(FAITHFUL.slice(dropped.before!.sentence.start, dropped.before!.sentence.end)).toBe(dropped.before!.sentence.text);
    const codes = new Set<string>(REASON_CODES.map((entry) => entry.code));
    for (const aspect of result.changes.flatMap((change) => change.aspects)) if ("code" in aspect) expect(codes).toContain(aspect.code);
  });

  it("bounds the word diff of an adversarially long sentence", () => {
    const long = (word: string) => Array.from({ length: 3_000 }, (_, index) => `${word}${index}`).join(" ");
    const started = performance.now();
    const result = compareRevisions({ reference: { file: "reference", text: REFERENCE }, before: article(long("a")), after: article(long("b")), includeTrivial: true });
    expect(result.textDiff).toBeNull();
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
