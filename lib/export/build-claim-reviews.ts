import { LABEL_SEVERITY, type Label } from "@/lib/labels";
import type { ExportArticle, StoryExport } from "./story-export";
import { capitalize } from "./summarize-story";

/** Verdicts published as reviews: changes a reader should be warned about (not faithful or added). */
export const REVIEWED_LABELS: readonly Label[] = ["invented", "altered", "hardened", "softened"];
/** Google's ClaimReview guidance keeps claimReviewed short (under about 75 characters). */
export const MAX_CLAIM_REVIEWED_CHARS = 75;

export interface ClaimReviewOptions {
  /** Origin the claim pages are served from, e.g. "https://claimtrail.example" (no trailing slash needed). */
  baseUrl: string;
  /** The fact-checking organisation publishing the reviews. */
  authorName?: string;
}

interface CreativeWork {
  "@type": "CreativeWork";
  url?: string;
  headline: string;
  author: { "@type": "Organization"; name: string };
  datePublished?: string;
}

export interface ClaimReview {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  reviewRating: { "@type": "Rating"; alternateName: string; ratingExplanation: string };
  author: { "@type": "Organization"; name: string; url: string };
  datePublished?: string;
  itemReviewed: { "@type": "Claim"; appearance: CreativeWork[]; firstAppearance?: CreativeWork };
}

/** "A long sentence …" cut at a word so it stays under `max` characters. */
export function clipText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  // Cut at a word unless that throws away more than a third of the room.
  return `${(space > max * 0.66 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

function toCreativeWork(article: ExportArticle): CreativeWork {
  return {
    "@type": "CreativeWork",
    ...(article.url ? { url: article.url } : {}),
    headline: article.title,
    author: { "@type": "Organization", name: article.outlet.name },
    ...(article.publishedAt ? { datePublished: article.publishedAt.slice(0, 10) } : {}),
  };
}

/**
 * schema.org ClaimReview JSON-LD: one review per claim an editor marked invented, altered,
 * hardened or softened in some derivative (machine-only labels are never published). The rating
 * is the most severe of those editor labels; the reviewed claim is that outlet's wording; the
 * appearances are the derivatives the editor marked, the first appearance the reference.
 */
export function buildClaimReviews(data: StoryExport, options: ClaimReviewOptions): ClaimReview[] {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const articles = new Map(data.articles.map((article) => [article.id, article]));
  const reference = data.articles.find((article) => article.isReference);
  const reviews: ClaimReview[] = [];
  for (const claim of data.claims) {
    const marked = claim.appearances.filter((appearance) => appearance.articleId !== reference?.id && appearance.editorLabel && REVIEWED_LABELS.includes(appearance.editorLabel));
    if (marked.length === 0) continue;
    const worst = marked.reduce((most, appearance) => (LABEL_SEVERITY[appearance.editorLabel!] > LABEL_SEVERITY[most.editorLabel!] ? appearance : most));
    const explanation = marked.map((appearance) => {
      const outlet = articles.get(appearance.articleId)?.outlet.name ?? "An outlet";
      const why = [appearance.editorNote, ...appearance.notes, ...appearance.reasons.map((reason) => reason.detail)].filter(Boolean).join("; ");
      return `${outlet}: ${appearance.editorLabel}${why ? ` (${why})` : ""}.`;
    });
    const editedAt = marked.flatMap((appearance) => (appearance.editedAt ? [appearance.editedAt] : [])).sort().at(-1);
    const appearanceArticles = [...new Set(marked.map((appearance) => appearance.articleId))].flatMap((id) => articles.get(id) ?? []);
    reviews.push({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: `${baseUrl}/claims/${claim.id}`,
      claimReviewed: clipText(worst.text, MAX_CLAIM_REVIEWED_CHARS),
      reviewRating: { "@type": "Rating", alternateName: capitalize(worst.editorLabel!), ratingExplanation: explanation.join(" ") },
      author: { "@type": "Organization", name: options.authorName ?? "ClaimTrail", url: baseUrl },
      ...(editedAt ? { datePublished: editedAt } : {}),
      itemReviewed: {
        "@type": "Claim",
        appearance: appearanceArticles.map(toCreativeWork),
        ...(reference ? { firstAppearance: toCreativeWork(reference) } : {}),
      },
    });
  }
  return reviews;
}
