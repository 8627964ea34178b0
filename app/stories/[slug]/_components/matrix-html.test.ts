import { describe, expect, it } from "vitest";
import type { MatrixColumn, MatrixRow, StoryMatrix } from "@/lib/server/queries/get-story-matrix";
import { computeOutletFigures } from "@/lib/counts/outlet-figures";
import { escapeHtml, packMatrix, renderMatrixHtml } from "./matrix-html";

const classes = { open: "is-open", detail: "is-detail", group: "is-group", claim: "is-claim", tag: "is-tag", meta: "is-meta" };

const column = (articleId: string, outletName: string, isReference = false): MatrixColumn => ({
  articleId,
  outletName,
  outletKind: "blog",
  title: `${outletName} article`,
  publishedAt: new Date("2025-08-01T00:00:00Z"),
  addedAt: new Date("2025-08-02T00:00:00Z"),
  isReference,
  outletId: `o-${articleId}`,
  counts: { faithful: 0, softened: 1, hardened: 0, altered: 0, added: 0, invented: 1, omitted: 0 },
  figures: isReference ? null : computeOutletFigures({ counts: { faithful: 0, softened: 1, hardened: 0, altered: 0, added: 0, invented: 1, omitted: 0 }, carriedStatements: 1, statementCount: 2 }),
});
const row = (claimId: string, text: string, cells: MatrixRow["cells"], extra: Partial<MatrixRow> = {}): MatrixRow => ({
  claimId,
  kind: "statement",
  detailType: null,
  text,
  detailCount: 0,
  outletCount: cells.filter((cell) => cell && cell !== "origin" && cell !== "omitted").length,
  cells,
  ...extra,
});

function matrixOf(overrides: Partial<StoryMatrix> = {}): StoryMatrix {
  return {
    story: { id: "s1", slug: "a-story", title: "A story", analyzedAt: new Date(), hasReference: true },
    columns: [column("ref", "Wire", true), column("a1", 'Bad "<Outlet>" & Co')],
    statements: [{ ...row("c1", "Plain statement", ["origin", "softened"], { detailCount: 2 }), details: null }],
    newClaims: [row("n1", "A new <b>quote</b>", [null, "invented"], { kind: "new", detailType: "quote" })],
    expanded: [],
    ...overrides,
  };
}

describe("escapeHtml", () => {
  it.each([
    ["plain text is unchanged", "Reuters", "Reuters"],
    ["markup is inert", "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["an attribute cannot be closed with a double quote", '" onmouseover="x', "&quot; onmouseover=&quot;x"],
    ["nor with a single quote", "' onfocus='x", "&#39; onfocus=&#39;x"],
    ["ampersands are escaped first, so entities are not double-read", "&amp; AT&T", "&amp;amp; AT&amp;T"],
  ])("%s", (_why, input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe("renderMatrixHtml", () => {
  const html = renderMatrixHtml(packMatrix(matrixOf()), { sort: "date", expand: [] }, classes);

  it("renders one linked cell per labelled claim × article, with outlet and label for tests", () => {
    expect(html).toContain('<td><a href="/claims/c1" data-testid="matrix-cell" data-outlet="Wire" data-label="origin">origin</a></td>');
    expect(html).toContain('<td><a href="/claims/c1" data-testid="matrix-cell" data-outlet="Bad &quot;&lt;Outlet&gt;&quot; &amp; Co" data-label="softened">softened</a></td>');
    expect(html).toContain('data-label="invented">invented</a></td>');
    expect(html.match(/data-testid="matrix-cell"/g)).toHaveLength(3);
  });

  it("leaves a not-applicable cell empty (CSS draws the dash)", () => {
    expect(html).toMatch(/<span class="is-meta">in 1 outlet<\/span><\/th><td><\/td><td>/);
  });

  it("escapes claim text and outlet names everywhere", () => {
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("<Outlet>");
    expect(html).toContain("A new &lt;b&gt;quote&lt;/b&gt;");
  });

  it("heads each column with its outlet, date, distortion and coverage, each saying what it counts", () => {
    expect(html).toContain('<th scope="col" data-testid="matrix-column" data-outlet="Wire">');
    expect(html).toContain("★ Reference · 1 Aug 2025");
    expect(html).toContain("100% distorted<span class=\"sr-only\"> (2 of 2 carried claims)</span>");
    expect(html).toContain("50% coverage<span class=\"sr-only\"> (1 of 2 reference statements)</span>");
    expect(html).not.toContain("changed");
  });

  it("links a closed statement to a URL that opens it, keeping the sort, the filters and the other open rows", () => {
    const sorted = renderMatrixHtml(packMatrix(matrixOf({ expanded: ["c9"] })), { sort: "distortion", expand: ["c9"], label: "invented", page: 2 }, classes);
    expect(sorted).toContain('href="/stories/a-story?sort=distortion&amp;expand=c9&amp;expand=c1&amp;label=invented&amp;page=2#c-c1"');
    expect(sorted).toContain("▸ 2 details");
  });

  it("shows an open statement's details under it, with a link that closes it", () => {
    const detail = row("d1", "four", ["origin", "altered"], { kind: "detail", detailType: "figure" });
    const open = matrixOf({ statements: [{ ...row("c1", "Plain statement", ["origin", "faithful"], { detailCount: 1 }), details: [detail] }], expanded: ["c1"] });
    const openHtml = renderMatrixHtml(packMatrix(open), { sort: "date", expand: [] }, classes);
    expect(openHtml).toContain('<tr id="c-c1" class="is-open">');
    expect(openHtml).toContain('href="/stories/a-story#c-c1"');
    expect(openHtml).toContain("▾ Hide details");
    expect(openHtml).toMatch(/<tr class="is-detail"><th scope="row"><span class="is-tag">figure<\/span><a href="\/claims\/d1" title="four">four<\/a><\/th>/);
    expect(openHtml).toContain('data-outlet="Bad &quot;&lt;Outlet&gt;&quot; &amp; Co" data-label="altered">altered</a>');
  });

  it("says how many rows of each group the filters kept, and that none matched rather than none exist", () => {
    const filtered = renderMatrixHtml(packMatrix(matrixOf({ statements: [] })), { sort: "date", expand: [], label: "invented" }, classes, { statements: 34, newClaims: 3 });
    expect(filtered).toContain("Reference statements · 0 of 34");
    expect(filtered).toContain("No reference statement matches the filters.");
    expect(filtered).not.toContain("The analysis found no statements");
    expect(filtered).toContain("New details derivatives introduced · 1 of 3");
  });

  it("says so when there is nothing in a group", () => {
    const empty = renderMatrixHtml(packMatrix(matrixOf({ statements: [], newClaims: [] })), { sort: "date", expand: [] }, classes);
    expect(empty).toContain("The analysis found no statements in the reference.");
    expect(empty).toContain("New details derivatives introduced · 0 (every derivative sticks to the reference&#39;s material)");
  });
});

describe("packMatrix", () => {
  it("packs each row's cells into one character per column", () => {
    const packed = packMatrix(matrixOf());
    expect(packed.statements[0]?.cells).toBe("os");
    expect(packed.newClaims[0]?.cells).toBe("-i");
    expect(packed.statements[0]?.details).toBeNull();
  });
});
