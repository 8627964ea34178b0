import { describe, expect, it } from "vitest";
import { storyPageParamsSchema } from "./story-page";

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
