import { describe, expect, it } from "vitest";
import { MAX_CLAIM_REVIEWED_CHARS, quoteClaim } from "./quote-claim";

const long =
  "The administration has held talks with Azerbaijan and several Central Asian states about joining the accords, aides say, though no date has been set and officials in Baku declined to comment on the matter.";

describe("quoteClaim", () => {
  it.each([
    ["a sentence that fits is quoted whole, whatever was marked", "Officials said the deal was close.", "Officials said", "Officials said the deal was close."],
    ["a long sentence is cut to a window around the marked words, at word boundaries", long, "aides say", /^….*Azerbaijan.*aides say.*…$/],
    ["a clause between dashes is quoted alone when it is long enough to stand", `Some background first — ${"the ministry said that the new bridge would reopen in May after repairs, officials confirmed"} — and ${"x ".repeat(60)}end.`, "officials confirmed", "…the ministry said that the new bridge would reopen in May after repairs, officials confirmed…"],
  ])("%s", (_why, sentence, marked, expected) => {
    const start = sentence.indexOf(marked);
    const quoted = quoteClaim(sentence, start, start + marked.length);
    if (typeof expected === "string") expect(quoted).toBe(expected);
    else expect(quoted).toMatch(expected);
    expect(quoted).toContain(marked);
    expect(quoted.length).toBeLessThanOrEqual(MAX_CLAIM_REVIEWED_CHARS);
  });
});
