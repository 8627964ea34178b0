import { describe, expect, it } from "vitest";
import { storyPageParamsSchema } from "./story-page";

const parse = (params: Record<string, string | string[] | undefined>) => storyPageParamsSchema.parse(params);

describe("storyPageParamsSchema", () => {
  it("defaults to date order, no filters, the first page", () => {
    expect(parse({})).toEqual({ sort: "date", expand: [], changed: false, label: undefined, outlet: undefined, page: 1, asOf: undefined });
  });

  it.each<[string, Record<string, string | string[]>, Partial<ReturnType<typeof parse>>]>([
    ["one label", { label: "invented" }, { label: "invented" }],
    ["changed only (a link)", { changed: "1" }, { changed: true }],
    ["changed only (a checkbox)", { changed: "on" }, { changed: true }],
    ["one outlet", { outlet: "cm9abc123" }, { outlet: "cm9abc123" }],
    ["filters combine", { changed: "1", label: "altered", outlet: "x1" }, { changed: true, label: "altered", outlet: "x1" }],
    ["a repeated label keeps the first", { label: ["softened", "invented"] }, { label: "softened" }],
    ["an unknown label is ignored", { label: "fabricated" }, { label: undefined }],
    ["an empty label (the form's 'any') is no filter", { label: "" }, { label: undefined }],
    ["a malformed outlet id is ignored", { outlet: "'; DROP TABLE" }, { outlet: undefined }],
    ["changed=0 is off", { changed: "0" }, { changed: false }],
    ["a page number", { page: "3" }, { page: 3 }],
    ["a bad page number falls back to the first", { page: "-2" }, { page: 1 }],
    ["a non-numeric page falls back to the first", { page: "two" }, { page: 1 }],
    ["sort by coverage", { sort: "coverage" }, { sort: "coverage" }],
    ["the old 'most changed' link sorts by distortion", { sort: "changes" }, { sort: "distortion" }],
    ["an unknown sort falls back to date", { sort: "shuffle" }, { sort: "date" }],
  ])("%s", (_why, params, expected) => {
    expect(parse(params)).toMatchObject(expected);
  });

  it("keeps at most ten well-formed, distinct expanded rows", () => {
    const ids = Array.from({ length: 12 }, (_, index) => `c${index}`);
    expect(parse({ expand: [...ids, "c1", "bad id!"] }).expand).toEqual(ids.slice(0, 10));
  });
});

describe("storyPageParamsSchema: asOf", () => {
  it.each<[string, unknown, string | undefined]>([
    ["an ISO datetime, as the select sends it", "2025-08-01T09:00:00.000Z", "2025-08-01T09:00:00.000Z"],
    ["a date: the start of that day in UTC", "2025-08-01", "2025-08-01T00:00:00.000Z"],
    ["absent: the current matrix", undefined, undefined],
    ["empty (the select's 'now' option): the current matrix", "", undefined],
    ["not a date: ignored rather than an error page", "yesterday", undefined],
    ["a date that does not exist", "2025-02-30", undefined],
    ["given twice", ["2025-08-01", "2025-08-02"], undefined],
  ])("%s", (_why, asOf, expected) => {
    const parsed = storyPageParamsSchema.parse({ asOf });
    expect(parsed.asOf?.toISOString()).toBe(expected);
    expect(parsed.sort).toBe("date");
  });
});
