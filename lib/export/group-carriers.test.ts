import { describe, expect, it } from "vitest";
import { describeVerdictSource, groupCarriers, listOutlets } from "./group-carriers";

describe("groupCarriers", () => {
  it.each([
    { name: "one key is one group, carriers in order", items: [["A", "x"], ["B", "x"], ["C", "x"]], groups: [["A", "B", "C"]] },
    { name: "groups come in the order of their first carrier", items: [["A", "x"], ["B", "y"], ["C", "x"]], groups: [["A", "C"], ["B"]] },
    { name: "every item is counted once", items: [["A", "x"], ["A", "x"], ["B", "y"]], groups: [["A", "A"], ["B"]] },
    { name: "no items, no groups", items: [], groups: [] },
  ])("$name", ({ items, groups }) => {
    const grouped = groupCarriers(items as [string, string][], ([, key]) => key, ([outlet]) => outlet);
    expect(grouped.map((group) => group.outlets)).toEqual(groups);
    // The first item of each group is the one printed.
    expect(grouped.map((group) => group.first[0])).toEqual(groups.map((outlets) => outlets[0]));
  });
});

describe("listOutlets", () => {
  it.each([
    { outlets: ["A"], max: undefined, text: "A" },
    { outlets: ["A", "B"], max: undefined, text: "A and B" },
    { outlets: ["A", "B", "C"], max: undefined, text: "A, B and C" },
    { outlets: ["A", "A", "B"], max: undefined, text: "A and B" },
    { outlets: Array.from({ length: 14 }, (_, index) => `O${index + 1}`), max: 12, text: "O1, O2, O3, O4, O5, O6, O7, O8, O9, O10, O11, O12 and 2 more outlets" },
    { outlets: Array.from({ length: 14 }, (_, index) => `O${index + 1}`), max: undefined, text: "O1, O2, O3, O4, O5, O6, O7, O8, O9, O10, O11, O12, O13 and O14" },
    { outlets: Array.from({ length: 1_212 }, (_, index) => `O${index + 1}`), max: 12, text: `${Array.from({ length: 12 }, (_, index) => `O${index + 1}`).join(", ")} and 1,200 more outlets` },
  ])("$text", ({ outlets, max, text }) => {
    expect(listOutlets(outlets, max)).toBe(text);
  });
});

describe("describeVerdictSource", () => {
  it.each([
    { appearance: { editorLabel: null, machineLabel: "softened", isReviewed: false }, text: "machine" },
    { appearance: { editorLabel: null, machineLabel: "softened", isReviewed: true }, text: "machine, confirmed by an editor" },
    { appearance: { editorLabel: "softened", machineLabel: "softened", isReviewed: true }, text: "editor" },
    { appearance: { editorLabel: "faithful", machineLabel: "softened", isReviewed: true }, text: "editor; the machine said softened" },
    { appearance: { editorLabel: "added", machineLabel: null, isReviewed: false }, text: "editor" },
  ] as const)("$text", ({ appearance, text }) => {
    expect(describeVerdictSource(appearance)).toBe(text);
  });
});
