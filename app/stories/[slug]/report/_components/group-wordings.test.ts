import { describe, expect, it } from "vitest";
import type { ReportWording } from "@/lib/export/build-print-report";
import { groupWordings } from "./group-wordings";

function wording(outlet: string, sentence: string, overrides: Partial<ReportWording["appearance"]> = {}): ReportWording {
  return {
    sentence,
    diff: null,
    article: { outlet: { name: outlet } },
    appearance: { text: sentence, reasons: [{ code: "hedge_added", detail: "adds “may”" }], editorLabel: null, machineLabel: "softened", isReviewed: false, editorNote: null, notes: [], ...overrides },
  } as unknown as ReportWording;
}

describe("groupWordings", () => {
  it.each([
    { name: "the same sentence in three outlets is one entry", wordings: [wording("A", "It may close."), wording("B", "It may close."), wording("C", "It may close.")], outlets: [["A", "B", "C"]] },
    { name: "another sentence is another entry, in first-carrier order", wordings: [wording("A", "It may close."), wording("B", "It might close."), wording("C", "It may close.")], outlets: [["A", "C"], ["B"]] },
    { name: "an editor's verdict sets a wording apart", wordings: [wording("A", "It may close."), wording("B", "It may close.", { editorLabel: "faithful" })], outlets: [["A"], ["B"]] },
    { name: "so does a note", wordings: [wording("A", "It may close."), wording("B", "It may close.", { notes: ["Asked them."] })], outlets: [["A"], ["B"]] },
    { name: "and other reasons", wordings: [wording("A", "It may close."), wording("B", "It may close.", { reasons: [] })], outlets: [["A"], ["B"]] },
  ])("$name", ({ wordings, outlets }) => {
    expect(groupWordings(wordings).map((group) => group.outlets)).toEqual(outlets);
  });
});
