import { describe, expect, it } from "vitest";
import { parseClaimsSearch } from "./claims-search";

const defaults = { q: "", story: undefined, outlet: undefined, label: undefined, review: "all", kind: "changed", sort: "reference", page: 1 };

describe("parseClaimsSearch", () => {
  it.each([
    ["nothing", {}, {}],
    ["a search, sorted by relevance by default, every kind", { q: "  Lightstone " }, { q: "Lightstone", sort: "relevance", kind: "all" }],
    ["a search narrowed to changed claims", { q: "Lightstone", kind: "changed" }, { q: "Lightstone", sort: "relevance", kind: "changed" }],
    ["every filter", { story: "abraham-accords-expansion", outlet: "cmabc123", label: "invented", review: "reviewed", kind: "new", sort: "severity", page: "3" }, { story: "abraham-accords-expansion", outlet: "cmabc123", label: "invented", review: "reviewed", kind: "new", sort: "severity", page: 3 }],
    ["repeated keys: the first wins", { label: ["softened", "invented"], page: ["2", "9"] }, { label: "softened", page: 2 }],
    ["an unknown label", { label: "fake" }, {}],
    ["an unknown review state and kind", { review: "maybe", kind: "opinion" }, {}],
    ["every kind, details too, on demand", { kind: "all" }, { kind: "all" }],
    ["relevance without words", { sort: "relevance" }, {}],
    ["an unknown sort", { q: "x", sort: "random" }, { q: "x", sort: "relevance", kind: "all" }],
    ["a page that is not a number", { page: "abc" }, {}],
    ["page zero, negative or fractional", { page: "0" }, {}],
    ["a fractional page", { page: "2.5" }, {}],
    ["a huge page", { page: "99999999" }, {}],
    ["a story slug with odd characters", { story: "../etc/passwd" }, {}],
    ["an outlet id with spaces", { outlet: "a b" }, {}],
    ["a search that is not a string", { q: 42 }, {}],
  ])("parses %s", (_, raw, expected) => {
    expect(parseClaimsSearch(raw)).toEqual({ ...defaults, ...expected });
  });

  it("cuts a very long search to 200 characters", () => {
    expect(parseClaimsSearch({ q: "a".repeat(1000) }).q).toHaveLength(200);
  });
});
