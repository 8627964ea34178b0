import { describe, expect, it } from "vitest";
import type { Detail } from "./extract-details";
import { NewClaimRegistry } from "./new-claim-registry";

function detail(type: Detail["type"], text: string, key: string, extra: Partial<Detail> = {}): Detail {
  return { type, text, start: 0, end: text.length, key, sourceKind: null, value: null, ...extra };
}
const anonymous = { sourceKind: "anonymous" as const };

// One row per pair of new details seen in two outlets: one claim, or two.
describe("NewClaimRegistry clusters one new detail across outlets", () => {
  it.each([
    ["the same sourcing cut down is one claim", detail("sourcing", "citing five sources with knowledge of the matter", "sourcing:anonymous:cite 5 source knowledge matter", anonymous), detail("sourcing", "citing five sources", "sourcing:anonymous:cite 5 source", anonymous), true],
    ["a credit to the same outlet is one claim; a date in it is no count", detail("sourcing", "According to Reuters", "sourcing:reference-outlet:accord reuter", { sourceKind: "reference-outlet" }), detail("sourcing", "According to a July 31 Reuters exclusive", "sourcing:reference-outlet:accord july 31 reuter exclusiv", { sourceKind: "reference-outlet" }), true],
    ["a different count is another claim", detail("sourcing", "citing five sources", "sourcing:anonymous:cite 5 source", anonymous), detail("sourcing", "citing three sources", "sourcing:anonymous:cite 3 source", anonymous), false],
    ["officials are not sources", detail("sourcing", "five officials said", "sourcing:anonymous:5 official say", anonymous), detail("sourcing", "five sources said", "sourcing:anonymous:5 source say", anonymous), false],
    ["a figure is one claim whatever noun it counts", detail("figure", "90 percent", "figure:90:percent", { value: 90 }), detail("figure", "90 per cent", "figure:90:per cent", { value: 90 }), true],
    ["a retold quote is one claim", detail("quote", "We will not sign anything before the vote", "quote:sign anything vote"), detail("quote", "we will not sign anything before that vote", "quote:sign anything that vote"), true],
  ])("%s", (_why, first, second, isSame) => {
    const registry = new NewClaimRegistry();
    const a = registry.register(first, "added", "a.txt");
    const b = registry.register(second, "invented", "b.txt");
    expect(a === b).toBe(isSame);
    if (isSame) expect(registry.list()[0]).toMatchObject({ label: "invented", files: ["a.txt", "b.txt"] });
  });
});
