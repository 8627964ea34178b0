import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildPrintReport } from "@/lib/export/build-print-report";
import { useExportFixture } from "@/lib/testing/seed-export-fixture";
import { ReportAppendixView } from "./report-appendix";
import { ReportSectionView } from "./report-section";

const fixture = useExportFixture();

/** The report's body as the page renders it: the label sections, then the appendix. */
function renderBody() {
  const { sections, appendix } = buildPrintReport(fixture().data);
  const baseUrl = "https://claimtrail.example";
  return renderToStaticMarkup(
    createElement(Fragment, null, ...sections.map((section) => createElement(ReportSectionView, { key: section.label, section, baseUrl })), createElement(ReportAppendixView, { appendix, baseUrl })),
  );
}

describe("the print report's sections", () => {
  it("render in the order invented, altered, hardened, softened, then the appendix", () => {
    const headings = [...renderBody().matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((match) => match[1]!.replace(/^[^\p{L}]+ /u, ""));
    expect(headings).toEqual(["Invented", "Altered", "Hardened", "Softened", "Appendix: added and omitted"]);
  });

  it("say what their figures count and show, per wording, the sentence and the word diff; no faithful wording appears", () => {
    const html = renderBody();
    expect(html).toMatch(/\d+ wordings in \d+ claims: new material credited/);
    expect(html).toContain("Reference sentence");
    expect(html).toMatch(/<ins[^>]*><span class="sr-only">\[inserted: <\/span>/);
    const { faithful, data } = fixture();
    const overridden = data.claims.flatMap((claim) => claim.appearances).find((appearance) => appearance.id === faithful)!;
    // Every wording is printed once, alone or in the entry of the outlets that share it exactly.
    const carriers = [...html.matchAll(/data-testid="report-wording" data-outlets="(\d+)"/g)].reduce((sum, match) => sum + Number(match[1]), 0);
    expect(carriers).toBe(buildPrintReport(data).sections.reduce((sum, section) => sum + section.wordingCount, 0));
    expect(html).not.toContain("(editor; the machine said softened)");
    expect(overridden.label).toBe("faithful");
  });
});
