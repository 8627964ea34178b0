import { describe, expect, it } from "vitest";
import { selectPage } from "./select-page";

const items = Array.from({ length: 120 }, (_, index) => index + 1);

describe("selectPage", () => {
  it.each([
    { requested: 1, page: 1, first: 1, shown: [1, 50] },
    { requested: 2, page: 2, first: 51, shown: [51, 100] },
    { requested: 3, page: 3, first: 101, shown: [101, 120] },
    { requested: 9, page: 3, first: 101, shown: [101, 120] }, // past the last page: the last
    { requested: 0, page: 1, first: 1, shown: [1, 50] },
  ])("page $requested of 120 items at 50 a page → page $page", ({ requested, page, first, shown }) => {
    const selected = selectPage(items, requested, 50);
    expect(selected).toMatchObject({ page, pageCount: 3, first });
    expect([selected.items[0], selected.items.at(-1)]).toEqual(shown);
  });

  it("has one empty page for no items", () => {
    expect(selectPage([], 4, 50)).toEqual({ page: 1, pageCount: 1, first: 1, items: [] });
  });
});
