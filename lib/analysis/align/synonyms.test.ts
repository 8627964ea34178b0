import { describe, expect, it } from "vitest";
import { stemWord } from "../text/stem";
import { listTermVariants } from "./term-variants";

// Minimal pairs: the reference word, the rewrite's word, and whether alignment may treat them as one term.
const pairs: Array<{ why: string; reference: string; derivative: string; isName?: boolean; isJoined: boolean }> = [
  { why: "contacting and approaching a government are the same act", reference: "contacted", derivative: "approached", isJoined: true },
  { why: "countries and states, in either number", reference: "countries", derivative: "state", isJoined: true },
  { why: "talks and negotiations", reference: "talks", derivative: "negotiations", isJoined: true },
  { why: "a deal and an agreement", reference: "deal", derivative: "agreements", isJoined: true },
  { why: "a raise is a wage increase", reference: "increase", derivative: "raise", isJoined: true },
  { why: "unrelated words stay apart", reference: "contacted", derivative: "countries", isJoined: false },
  { why: "names are never joined by synonyms (the Accords are a treaty's name, not a deal)", reference: "deal", derivative: "accords", isName: true, isJoined: false },
  { why: "opposite directions are not synonyms", reference: "increase", derivative: "decline", isJoined: false },
];

describe("synonym variants", () => {
  it.each(pairs)("$why", ({ reference, derivative, isName = false, isJoined }) => {
    const variants = listTermVariants(stemWord(derivative), isName);
    expect(variants.includes(stemWord(reference))).toBe(isJoined);
  });
});
