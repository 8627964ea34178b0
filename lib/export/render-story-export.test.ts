import { describe, expect, it } from "vitest";
import { EXPORT_FORMATS, storyExportParamsSchema } from "@/lib/validation/story-export";
import { renderStoryExport } from "./render-story-export";
import type { StoryExport } from "./story-export";

/** A story with a reference and no derivatives yet: every format must still render. */
const EMPTY_STORY: StoryExport = {
  story: { id: "s1", slug: "bridge-reopens", title: "Bridge reopens", analyzedAt: null, referenceArticleId: "a1" },
  articles: [
    { id: "a1", file: "a1", title: "Bridge to reopen in May", url: "https://city.example/bridge", publishedAt: "2025-05-01T00:00:00.000Z", byline: null, capturedFrom: null, sourceNotes: null, language: "eng", warnings: [], isReference: true, outlet: { name: "City Paper", kind: "newspaper", domain: null }, sentences: [], excluded: [] },
  ],
  claims: [],
  revisions: [{ articleId: "a1", outlet: "City Paper", title: "Bridge to reopen in May", revisions: [{ number: 1, capturedAt: new Date("2025-05-01T08:00:00.000Z"), labels: null, changes: null, trivialCount: 0 }] }],
};

describe("renderStoryExport", () => {
  it.each([
    ["md", "text/markdown; charset=utf-8", "bridge-reopens-claimtrail.md"],
    ["csv", "text/csv; charset=utf-8", "bridge-reopens-claimtrail.csv"],
    ["json", "application/json", "bridge-reopens-claimtrail.json"],
    ["claimreview", "application/ld+json", "bridge-reopens-claimtrail.claimreview.jsonld"],
    ["annotations", 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', "bridge-reopens-claimtrail.annotations.jsonld"],
  ] as const)("%s → %s, %s", (format, contentType, filename) => {
    const rendered = renderStoryExport(EMPTY_STORY, format, { baseUrl: "https://claimtrail.example" });
    expect(rendered).toMatchObject({ contentType, filename });
    expect(rendered.body.length).toBeGreaterThan(0);
    if (format !== "md" && format !== "csv") expect(() => JSON.parse(rendered.body)).not.toThrow();
  });

  it("accepts exactly the known formats", () => {
    for (const format of EXPORT_FORMATS) expect(storyExportParamsSchema.safeParse({ format }).success).toBe(true);
    expect(storyExportParamsSchema.safeParse({ format: "pdf" }).error?.issues[0]?.message).toBe('"pdf" is not an export format; use one of md, csv, json, claimreview, annotations');
    expect(storyExportParamsSchema.safeParse({}).error?.issues[0]?.message).toBe("is required: one of md, csv, json, claimreview, annotations");
  });
});
