import { describe, expect, it } from "vitest";
import { z } from "zod";
import { useExportFixture } from "@/lib/testing/seed-export-fixture";
import type { StoryExport } from "./story-export";
import { buildClaimReviews, clipText, MAX_CLAIM_REVIEWED_CHARS, MIN_CLAIM_REVIEWED_CHARS } from "./build-claim-reviews";

/** schema.org ClaimReview as labels.md and Google's Fact Check markup require it. */
const creativeWorkSchema = z.object({ "@type": z.enum(["CreativeWork", "NewsArticle"]), url: z.url(), headline: z.string().min(1), author: z.object({ "@type": z.literal("Organization"), name: z.string().min(1) }) });
const claimReviewSchema = z.object({
  "@context": z.literal("https://schema.org"),
  "@type": z.literal("ClaimReview"),
  claimReviewed: z.string().min(1).max(MAX_CLAIM_REVIEWED_CHARS),
  reviewRating: z.object({ "@type": z.literal("Rating"), alternateName: z.string().regex(/^[A-Z]/), ratingExplanation: z.string().min(1) }),
  url: z.url(),
  author: z.object({ "@type": z.literal("Organization"), name: z.string().min(1) }),
  datePublished: z.iso.datetime(),
  itemReviewed: z.object({ "@type": z.literal("Claim"), appearance: z.array(creativeWorkSchema).min(1), firstAppearance: creativeWorkSchema }),
});

const fixture = useExportFixture();

describe("buildClaimReviews", () => {
  it("publishes one review per claim an editor marked invented, altered, hardened or softened, and nothing for machine-only labels", () => {
    const reviews = buildClaimReviews(fixture().data, { baseUrl: "https://checks.example/", authorName: "Example Fact Check" });
    for (const review of reviews) claimReviewSchema.parse(review);
    // Two editor verdicts qualify; the faithful override and the machine's own labels do not.
    expect(reviews.map((review) => review.reviewRating.alternateName)).toEqual(expect.arrayContaining(["Invented", "Hardened"]));
    expect(reviews).toHaveLength(2);
    const invented = reviews.find((review) => review.reviewRating.alternateName === "Invented")!;
    const claim = fixture().data.claims.find((c) => c.appearances.some((a) => a.id === fixture().invented))!;
    expect(invented.url).toBe(`https://checks.example/claims/${claim.id}`);
    expect(invented.author).toEqual({ "@type": "Organization", name: "Example Fact Check", url: "https://checks.example" });
    expect(invented.datePublished).toBe("2025-08-03T10:00:00.000Z");
    expect(invented.reviewRating.ratingExplanation).toMatch(/^The Levant Files: invented \(Checked: the "diplomat" quote/);
    expect(invented.reviewRating.ratingExplanation.split("Checked:").length - 1).toBe(1); // the verdict's note once
    expect(invented.itemReviewed.appearance).toEqual([expect.objectContaining({ headline: "White House Courts Baku and Central Asia for a Second-Wave Abraham Accords", author: { "@type": "Organization", name: "The Levant Files" } })]);
    // The invented quote first appeared in the blog that published it, not in Reuters.
    expect(invented.itemReviewed.firstAppearance).toMatchObject({ author: { name: "The Levant Files" } });
    const hardened = reviews.find((review) => review.reviewRating.alternateName === "Hardened")!;
    expect(hardened.itemReviewed.firstAppearance.author.name).toBe("AnewZ");
  });

  it("credits every editor-confirmed invented claim to the outlet that published it, quoted as a reader would quote it", () => {
    const { data } = fixture();
    const reference = data.articles.find((article) => article.isReference)!;
    // Every invented machine verdict confirmed by an editor (the seed story has 16 such claims: a
    // made-up quote and its attribution are one fabrication since issue 12, not two).
    const confirmed: StoryExport = { ...data, claims: data.claims.map((claim) => ({ ...claim, appearances: claim.appearances.map((a) => ({ ...a, editorLabel: a.machineLabel === "invented" ? "invented" : null, editedAt: "2025-08-03T10:00:00.000Z" })) })) };
    const reviews = buildClaimReviews(confirmed, { baseUrl: "https://checks.example" });
    expect(reviews.length).toBeGreaterThanOrEqual(12);
    const derivativeNames = new Set(data.articles.filter((article) => !article.isReference).map((article) => article.outlet.name));
    for (const review of reviews) {
      claimReviewSchema.parse(review);
      expect(review.itemReviewed.firstAppearance.author.name).not.toBe(reference.outlet.name);
      expect(derivativeNames).toContain(review.itemReviewed.firstAppearance.author.name);
      expect(review.itemReviewed.appearance).toContainEqual(review.itemReviewed.firstAppearance);
      // Not a fragment such as "aides say": a sentence or clause of readable length.
      expect(review.claimReviewed.split(" ").length, review.claimReviewed).toBeGreaterThanOrEqual(6);
    }
    const sentenceLengths = reviews.map((review) => review.claimReviewed.length);
    expect(Math.max(...sentenceLengths)).toBeGreaterThan(MIN_CLAIM_REVIEWED_CHARS);
  });

  it("defaults the author to ClaimTrail and publishes nothing without editor verdicts", () => {
    const machineOnly = { ...fixture().data, claims: fixture().data.claims.map((claim) => ({ ...claim, appearances: claim.appearances.map((a) => ({ ...a, editorLabel: null })) })) };
    expect(buildClaimReviews(machineOnly, { baseUrl: "https://x.example" })).toEqual([]);
    expect(buildClaimReviews(fixture().data, { baseUrl: "https://x.example" })[0]?.author.name).toBe("ClaimTrail");
  });
});

describe("clipText", () => {
  it.each([
    ["Short enough.", 75, "Short enough."],
    ["The ministry said the bridge would reopen in May after repairs costing four million euros.", 40, "The ministry said the bridge would…"],
    ["  spaced\n out  ", 75, "spaced out"],
  ])("%j (max %i) → %j", (text, max, clipped) => {
    expect(clipText(text, max)).toBe(clipped);
    expect(clipText(text, max).length).toBeLessThanOrEqual(max);
  });
});
