import { describe, expect, it } from "vitest";
import { EXPORT_FORMATS } from "@/lib/validation/story-export";
import { useExportFixture } from "@/lib/testing/seed-export-fixture";
import { renderStoryExport } from "./render-story-export";

const fixture = useExportFixture();

/** Formats that link to ClaimTrail's own pages (CSV holds the outlets' URLs only). */
const LINKING = EXPORT_FORMATS.filter((format) => format !== "csv");

describe("export addresses", () => {
  it.each(LINKING)("%s links to the configured public address and never to the local one", (format) => {
    const { body } = renderStoryExport(fixture().data, format, { baseUrl: "https://claims.example.org", isLocal: false });
    expect(body).toContain("https://claims.example.org/");
    expect(body).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(body).not.toContain("CLAIMTRAIL_PUBLIC_URL");
  });

  it.each(LINKING)("%s says so when its addresses are only where this server listens", (format) => {
    const { body } = renderStoryExport(fixture().data, format, { baseUrl: "http://localhost:3000", isLocal: true });
    expect(body).toContain("set CLAIMTRAIL_PUBLIC_URL to the site's public address before publishing");
  });
});
