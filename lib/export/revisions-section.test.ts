import { describe, expect, it } from "vitest";
import { analyzeRevisions } from "@/lib/revisions";
import { revisionsJsonSchema } from "@/lib/validation/analysis-report";
import { buildRevisionsSection, formatRevisionsMarkdown, type ArticleRevisionsInput } from "./revisions-section";

const REFERENCE = `Ministers will sign the port agreement on Friday, officials said.

The deal covers 12 harbours along the coast, according to the ministry.`;
const at = (hour: number) => new Date(Date.UTC(2025, 7, 1, hour));

/** A rewrite captured three times: as published, with "will" softened to "may", then with page chrome added. */
const EDITED: ArticleRevisionsInput = {
  articleId: "a2",
  outlet: "Harbour News",
  title: "Port deal <b>soon</b>",
  revisions: analyzeRevisions({ file: "reference", text: REFERENCE }, [
    { number: 1, text: REFERENCE, capturedAt: at(9) },
    { number: 2, text: REFERENCE.replace("will", "may"), capturedAt: at(12) },
    { number: 3, text: `${REFERENCE.replace("will", "may")}\n\nShare this article`, capturedAt: at(15) },
  ]),
};
/** Captured once: listed in the JSON, not in "Changes after publication". */
const ONCE: ArticleRevisionsInput = { articleId: "a3", outlet: "Coast Daily", title: "Ports", revisions: analyzeRevisions({ file: "reference", text: REFERENCE }, [{ number: 1, text: REFERENCE, capturedAt: at(8) }]) };
/** The reference: its revisions are listed without labels (nothing to compare them with). */
const REFERENCE_ARTICLE: ArticleRevisionsInput = { articleId: "a1", outlet: "Wire", title: "Port agreement", revisions: [{ number: 1, capturedAt: at(7), labels: null, changes: null, trivialCount: 0 }] };

describe("buildRevisionsSection", () => {
  it("lists every revision of every article with its labels and its changes from the one before, as JSON-ready data", () => {
    const json = buildRevisionsSection([REFERENCE_ARTICLE, EDITED, ONCE]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(revisionsJsonSchema.parse(json)).toEqual(json);
    expect(json.map((article) => [article.articleId, article.revisions.map((revision) => revision.number)])).toEqual([
      ["a1", [1]],
      ["a2", [1, 2, 3]],
      ["a3", [1]],
    ]);
    const [first, second, third] = json[1]!.revisions;
    expect(first).toMatchObject({ capturedAt: "2025-08-01T09:00:00.000Z", labels: { faithful: 2, softened: 0 }, changes: [], trivialChanges: 0 });
    expect(second).toMatchObject({ labels: { faithful: 1, softened: 1 }, trivialChanges: 0 });
    expect(second!.changes).toEqual([expect.objectContaining({ kind: "changed", from: "faithful", to: "softened", summary: expect.arrayContaining(["faithful → softened"]) })]);
    expect(third).toMatchObject({ changes: [], trivialChanges: 1 });
    expect(json[0]!.revisions[0]).toEqual({ number: 1, capturedAt: "2025-08-01T07:00:00.000Z", labels: null, trivialChanges: 0, changes: null });
  });
});

describe("formatRevisionsMarkdown", () => {
  it("writes 'Changes after publication' for the articles captured more than once, each later revision with what changed", () => {
    const lines = formatRevisionsMarkdown([REFERENCE_ARTICLE, EDITED, ONCE]);
    expect(lines[0]).toBe("## Changes after publication");
    const text = lines.join("\n");
    // Third-party text is escaped like the rest of the Markdown export.
    expect(text).toContain("### Harbour News: Port deal &lt;b&gt;soon&lt;/b&gt;");
    expect(text).toContain("- Revision 2 (captured 2025-08-01T12:00:00.000Z): 1 claim changed");
    expect(text).toMatch(/ {2}- changed: “Ministers will sign the port agreement on Friday, officials said\.” — .*faithful → softened/);
    expect(text).toContain("- Revision 3 (captured 2025-08-01T15:00:00.000Z): no claim changed, 1 trivial edit");
    expect(text).not.toContain("Coast Daily");
    expect(text).not.toContain("Wire");
  });

  it("writes nothing when no article was captured twice", () => {
    expect(formatRevisionsMarkdown([REFERENCE_ARTICLE, ONCE])).toEqual([]);
  });
});
