import { describe, expect, it } from "vitest";
import { computeOutletFigures } from "@/lib/counts/outlet-figures";
import { LABELS, type Label } from "@/lib/labels";
import type { MatrixCell, MatrixColumn, MatrixRow, StoryMatrix } from "@/lib/server/queries/get-story-matrix";
import { OUTLETS_PER_PAGE, type StoryPageState } from "@/lib/validation/story-page";
import { selectMatrixView } from "./select-matrix-view";

const zero = Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>;
const column = (n: number, isReference = false): MatrixColumn => ({
  articleId: `a${n}`,
  outletId: `o${n}`,
  outletName: isReference ? "Wire" : `Outlet ${n}`,
  outletKind: "blog",
  title: `Article ${n}`,
  publishedAt: null,
  addedAt: new Date(0),
  isReference,
  counts: zero,
  figures: isReference ? null : computeOutletFigures({ counts: zero, carriedStatements: 0, statementCount: 1 }),
});
const row = (claimId: string, cells: MatrixCell[], kind: MatrixRow["kind"] = "statement"): MatrixRow => ({ claimId, kind, detailType: null, text: claimId, detailCount: 0, outletCount: 0, cells });

/** A reference and three derivatives; s1 faithful everywhere, s2 invented by outlet 2, n1 new in outlet 3 only. */
const small: StoryMatrix = {
  story: { id: "s", slug: "s", title: "S", analyzedAt: new Date(0), hasReference: true },
  columns: [column(0, true), column(1), column(2), column(3)],
  statements: [
    { ...row("s1", ["origin", "faithful", "faithful", "omitted"]), details: null },
    { ...row("s2", ["origin", "faithful", "invented", "softened"]), details: null },
  ],
  newClaims: [row("n1", [null, null, null, "added"], "new")],
  expanded: [],
};
const ids = (view: ReturnType<typeof selectMatrixView>) => [...view.matrix.statements, ...view.matrix.newClaims].map((r) => r.claimId);
const none: Pick<StoryPageState, "changed" | "label" | "outlet" | "page"> = { changed: false, label: undefined, outlet: undefined, page: 1 };

describe("selectMatrixView", () => {
  it.each<[string, Partial<typeof none>, string[], string[]]>([
    ["no filter: every row, every outlet", {}, ["s1", "s2", "n1"], ["a0", "a1", "a2", "a3"]],
    ["changed only: rows some outlet changes (omissions are not changes)", { changed: true }, ["s2", "n1"], ["a0", "a1", "a2", "a3"]],
    ["one label", { label: "invented" }, ["s2"], ["a0", "a1", "a2", "a3"]],
    ["one outlet: the reference and its column, rows it carries or omits", { outlet: "o1" }, ["s1", "s2"], ["a0", "a1"]],
    ["one outlet and one label combine", { outlet: "o3", label: "softened" }, ["s2"], ["a0", "a3"]],
    ["changed only for an outlet that changes nothing", { outlet: "o1", changed: true }, [], ["a0", "a1"]],
    ["an unknown outlet is no filter", { outlet: "nosuch" }, ["s1", "s2", "n1"], ["a0", "a1", "a2", "a3"]],
  ])("%s", (_why, state, rows, columns) => {
    const view = selectMatrixView(small, { ...none, ...state });
    expect(ids(view)).toEqual(rows);
    expect(view.matrix.columns.map((c) => c.articleId)).toEqual(columns);
    // Every kept row has one cell per kept column.
    for (const r of view.matrix.statements) expect(r.cells).toHaveLength(columns.length);
  });

  it("counts the rows the filters could show, for the group headings", () => {
    expect(selectMatrixView(small, { ...none, label: "invented" }).totals).toEqual({ statements: 2, newClaims: 1 });
    // Outlet 1 carries no new detail: none could be shown.
    expect(selectMatrixView(small, { ...none, outlet: "o1" }).totals).toEqual({ statements: 2, newClaims: 0 });
  });

  it("keeps each cell under its own outlet", () => {
    const view = selectMatrixView(small, { ...none, outlet: "o2" });
    expect(view.matrix.statements.map((r) => r.cells)).toEqual([["origin", "faithful"], ["origin", "invented"]]);
  });

  describe("paging a large story", () => {
    const count = OUTLETS_PER_PAGE * 2 + 7;
    const big: StoryMatrix = {
      ...small,
      columns: [column(0, true), ...Array.from({ length: count }, (_, i) => column(i + 1))],
      statements: [{ ...row("s1", ["origin", ...Array.from({ length: count }, () => "faithful" as const)]), details: null }],
      // New material carried by the last outlet only.
      newClaims: [row("n-last", [null, ...Array.from({ length: count - 1 }, () => null), "invented"], "new")],
    };

    it.each([
      [1, 1, OUTLETS_PER_PAGE, ["s1"]],
      [2, OUTLETS_PER_PAGE + 1, OUTLETS_PER_PAGE, ["s1"]],
      [3, OUTLETS_PER_PAGE * 2 + 1, 7, ["s1", "n-last"]],
      [99, OUTLETS_PER_PAGE * 2 + 1, 7, ["s1", "n-last"]],
    ])("page %i starts at outlet %i with %i outlets and drops new details no shown outlet carries", (page, first, size, rows) => {
      const view = selectMatrixView(big, { ...none, page });
      expect(view.pageCount).toBe(3);
      expect(view.firstOutlet).toBe(first);
      expect(view.outlets).toHaveLength(size);
      expect(view.matrix.columns).toHaveLength(size + 1);
      expect(view.outlets[0]?.articleId).toBe(`a${first}`);
      expect(ids(view)).toEqual(rows);
    });

    it("shows the page an outlet filter's outlet is on", () => {
      const view = selectMatrixView(big, { ...none, outlet: `o${OUTLETS_PER_PAGE + 3}` });
      expect(view.page).toBe(2);
      expect(view.outlets.map((c) => c.outletId)).toEqual([`o${OUTLETS_PER_PAGE + 3}`]);
    });
  });
});
