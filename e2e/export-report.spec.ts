import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { EXPORT_FORMAT_SPECS, EXPORT_FORMATS, type ExportFormat } from "../lib/export/formats";

const SLUG = "abraham-accords-expansion";
const STORY = `/stories/${SLUG}`;

/** What each download must hold; a Record over the registry, so a new format without a check fails to compile. */
const checks: Record<ExportFormat, (body: string) => void> = {
  md: (body) => expect(body).toMatch(/^# Trump eyes bringing Azerbaijan[^\n]*\n[\s\S]*## Summary[\s\S]*## Scorecard[\s\S]*## Changed claims[\s\S]*Invented[\s\S]*## Lineage: who copied whom[\s\S]*## Articles/),
  csv: (body) => expect(body).toMatch(/^claim_id,claim_kind,claim,outlet,article_title,article_url,wording,label,machine_label,editor_label,reviewed,stale,reasons,note,start,end\r\n/),
  json: (body) => {
    const report = JSON.parse(body);
    expect(report).toMatchObject({ schemaVersion: 1, story: { slug: SLUG }, reference: { outlet: "Reuters" } });
    expect(report.articles).toHaveLength(4);
    expect(report.verdicts.length).toBeGreaterThan(50);
    expect(report.lineage.links).toHaveLength(4);
    expect(report.revisions).toHaveLength(5);
  },
  // Only editor verdicts are published as reviews (machine labels never are): whatever the editors
  // of earlier flows decided, every review carries the required fields and an editor's label.
  claimreview: (body) => {
    const reviews = JSON.parse(body) as { "@type": string; claimReviewed: string; reviewRating: { alternateName: string }; itemReviewed: { firstAppearance: { author: { name: string } } } }[];
    expect(Array.isArray(reviews)).toBe(true);
    for (const review of reviews) {
      expect(review).toMatchObject({ "@type": "ClaimReview", claimReviewed: expect.any(String), itemReviewed: { firstAppearance: expect.anything() } });
      expect(["Invented", "Altered", "Hardened", "Softened"]).toContain(review.reviewRating.alternateName);
      expect(review.itemReviewed.firstAppearance.author.name).not.toBe("Reuters");
    }
  },
  annotations: (body) => {
    const collection = JSON.parse(body);
    expect(collection).toMatchObject({ "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationCollection", first: { type: "AnnotationPage" } });
    expect(collection.first.items[0].target.selector.map((selector: { type: string }) => selector.type)).toEqual(["TextQuoteSelector", "TextPositionSelector"]);
  },
};
const downloads = EXPORT_FORMATS.map((format) => ({
  link: EXPORT_FORMAT_SPECS[format].label,
  filename: `${SLUG}-claimtrail.${EXPORT_FORMAT_SPECS[format].extension}`,
  check: checks[format],
}));

test("a fact-checker downloads the story in every export format", async ({ page }) => {
  await page.goto(STORY);
  const menu = page.getByRole("region", { name: "Export" });
  for (const { link, filename, check } of downloads) {
    const [download] = await Promise.all([page.waitForEvent("download"), menu.getByRole("link", { name: link }).click()]);
    expect(download.suggestedFilename()).toBe(filename);
    check(await readFile((await download.path())!, "utf8"));
  }
});

test("the export route serves each format with its content type and refuses bad requests", async ({ request }) => {
  for (const format of EXPORT_FORMATS) {
    const type = EXPORT_FORMAT_SPECS[format].contentType;
    const response = await request.get(`/api/stories/${SLUG}/export?format=${format}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe(type);
    expect(response.headers()["content-disposition"]).toMatch(new RegExp(`^attachment; filename="${SLUG}-claimtrail\\.`));
  }
  const bad = await request.get(`/api/stories/${SLUG}/export?format=pdf`);
  expect(bad.status()).toBe(422);
  expect((await bad.json()).issues[0]).toMatchObject({ path: ["format"], message: expect.stringContaining('"pdf" is not an export format') });
  expect((await request.get(`/api/stories/${SLUG}/export`)).status()).toBe(422);
  expect((await request.get("/api/stories/no-such-story/export?format=md")).status()).toBe(404);
});

test("without CLAIMTRAIL_PUBLIC_URL or a trusted proxy, a forged X-Forwarded-Host is ignored and the export says its links are local", async ({ request }) => {
  const response = await request.get(`/api/stories/${SLUG}/export?format=md`, { headers: { "x-forwarded-host": "forged.example", "x-forwarded-proto": "https" } });
  const body = await response.text();
  expect(body).not.toContain("forged.example");
  expect(body).toContain("set CLAIMTRAIL_PUBLIC_URL to the site's public address before publishing");
});

test("the print view shows the report without site chrome on paper", async ({ page }) => {
  await page.goto(STORY);
  await page.getByRole("region", { name: "Export" }).getByRole("link", { name: "Print view" }).click();
  await expect(page).toHaveURL(`${STORY}/report`);
  await expect(page).toHaveTitle(/^Report: Trump eyes bringing Azerbaijan/);
  for (const name of ["Summary", "Scorecard", "Invented", "Appendix: added and omitted", "Articles"]) await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  expect(await page.getByTestId("report-item").count()).toBeGreaterThan(5);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  // Links print their address after them (not the claim links of every item: the page would double); the page breaks are e2e/print-report.spec.ts's.
  const after = await page.locator(".ct-report a[href^='http']:not(.ct-quiet)").first().evaluate((link) => getComputedStyle(link, "::after").content);
  expect(after).toMatch(/attr\(href\)|https?:\/\//);
  await page.screenshot({ path: "test-results/screenshots/story-report-print.png", fullPage: true });
});
