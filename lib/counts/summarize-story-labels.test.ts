import { describe, expect, it } from "vitest";
import { LABELS, type Label } from "@/lib/labels";
import { addLabelCounts, summarizeStoryLabels } from "./summarize-story-labels";

const counts = (some: Partial<Record<Label, number>>) => ({ ...(Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>), ...some });

describe("summarizeStoryLabels", () => {
  it.each<[string, Partial<Record<Label, number>>, string]>([
    ["most serious first, faithful left out", { faithful: 40, added: 2, invented: 9, altered: 5, omitted: 12 }, "The Levant Files: 9 invented claims, 5 altered claims, 2 added claims, 12 omitted claims"],
    ["one of a kind is singular", { softened: 1, hardened: 3 }, "The Levant Files: 3 hardened claims, 1 softened claim"],
    ["nothing changed", { faithful: 7 }, "The Levant Files: no changes found"],
  ])("%s", (_why, some, text) => {
    expect(summarizeStoryLabels("The Levant Files", counts(some)).text).toBe(text);
  });

  it("gives one phrase per label with its count, for the links to the filtered views", () => {
    expect(summarizeStoryLabels("S", counts({ invented: 2, omitted: 1 })).phrases).toEqual([
      { label: "invented", count: 2, text: "2 invented claims" },
      { label: "omitted", count: 1, text: "1 omitted claim" },
    ]);
  });

  it("adds outlets' counts up", () => {
    expect(addLabelCounts([counts({ invented: 2, faithful: 1 }), counts({ invented: 3 })])).toEqual(counts({ invented: 5, faithful: 1 }));
  });
});
