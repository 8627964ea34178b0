import { describe, expect, it } from "vitest";
import { useExportFixture } from "@/lib/testing/seed-export-fixture";
import { buildPrintReport, REPORT_SECTION_LABELS } from "./build-print-report";

const fixture = useExportFixture();

describe("buildPrintReport", () => {
  it("has one section per changed label, most serious first: invented, altered, hardened, softened", () => {
    expect(REPORT_SECTION_LABELS).toEqual(["invented", "altered", "hardened", "softened"]);
    expect(buildPrintReport(fixture().data).sections.map((section) => section.label)).toEqual(["invented", "altered", "hardened", "softened"]);
  });

  it("leaves faithful and added wordings out of the sections (the editor's label wins), and counts what the summary counts", () => {
    const { data, faithful, invented } = fixture();
    const { sections, summary, appendix } = buildPrintReport(data);
    const inSections = sections.flatMap((section) => section.items.flatMap((item) => item.wordings.map((wording) => ({ section: section.label, wording }))));
    for (const { section, wording } of inSections) expect(wording.appearance.label).toBe(section);
    const ids = inSections.map(({ wording }) => wording.appearance.id);
    // The machine said softened, the editor faithful: not a change.
    expect(ids).not.toContain(faithful);
    expect(inSections.find(({ wording }) => wording.appearance.id === invented)?.section).toBe("invented");
    // The sections' figures are the summary's wordings per label (lib/counts' unit), so page one and the sections agree.
    for (const section of sections) expect(section.wordingCount, section.label).toBe(summary.labelTotals[section.label]);
    expect(summary.labelTotals.invented).toBeGreaterThan(10);
    // Added material goes to the appendix, every wording of it.
    expect(appendix.added.reduce((sum, item) => sum + item.wordings.length, 0)).toBe(summary.labelTotals.added);
    expect(appendix.omitted.length).toBeGreaterThan(0);
    for (const { claim } of appendix.omitted) expect(claim.kind).toBe("statement");
  });

  it("gives each wording its sentence, and each reference claim the reference sentence and a word diff", () => {
    const { data } = fixture();
    const reference = data.articles.find((article) => article.isReference)!;
    for (const section of buildPrintReport(data).sections) {
      for (const item of section.items) {
        if (item.claim.isNew) expect(item.referenceSentence).toBeNull();
        else expect(reference.sentences.map((sentence) => sentence.text)).toContain(item.referenceSentence);
        for (const wording of item.wordings) {
          expect(wording.sentence).toContain(wording.appearance.text.trim().slice(0, 20));
          if (item.claim.isNew) continue;
          expect(wording.diff, wording.appearance.text).not.toBeNull();
          // The diff rebuilds both wordings (up to white space, which jsdiff takes from the newer text):
          // what it keeps and deletes is the reference's, what it keeps and inserts the outlet's.
          const words = (kind: "inserted" | "deleted") => wording.diff!.filter((part) => part.type !== kind).map((part) => part.text).join("").replace(/\s+/g, "");
          expect(words("inserted")).toBe(item.claim.text.replace(/\s+/g, ""));
          expect(words("deleted")).toBe(wording.appearance.text.replace(/\s+/g, ""));
        }
      }
    }
  });
});
