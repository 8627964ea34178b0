import { describe, expect, it } from "vitest";
import { parseSearchQuery } from "./parse-search-query";
import { toTsQuery } from "./to-tsquery";

describe("toTsQuery", () => {
  it.each([
    ["Lightstone", "'lightstone':*"],
    ['"senior aide"', "('senior' <-> 'aide')"],
    ["Lightstone OR Witkoff", "('lightstone':* | 'witkoff':*)"],
    ["officials -Kazakhstan", "('officials':*) & !'kazakhstan':*"],
    ["Trump's", "('trump' <-> 's')"],
    ["60k", "('60000' | ('60' <-> '000') | ('60' <-> 'thousand') | '60k')"],
  ])("compiles %s", (q, expected) => {
    expect(toTsQuery(parseSearchQuery(q))).toBe(expected);
  });

  it("has nothing to match without words to find", () => {
    expect(toTsQuery(parseSearchQuery("-Kazakhstan"))).toBeNull();
    expect(toTsQuery(parseSearchQuery(""))).toBeNull();
  });
});
