import { LABEL_SEVERITY, type Label } from "@/lib/labels";
import { quoteClaim } from "./quote-claim";
import { describeLocalAddress } from "./resolve-public-url";
import type { ExportAppearance, ExportArticle, StoryExport } from "./story-export";
import { capitalize } from "./summarize-story";

export { clipText, MAX_CLAIM_REVIEWED_CHARS, MIN_CLAIM_REVIEWED_CHARS } from "./quote-claim";

/** Verdicts published as reviews: changes a reader should be warned about (not faithful or added). */
export const REVIEWED_LABELS: readonly Label[] = ["invented", "altered", "hardened", "softened"];

export interface ClaimReviewOptions {
  /** Origin the claim pages are served from, e.g. "https://claimtrail.example" (no trailing slash needed). */
  baseUrl: string;
  /** The fact-checking organisation publishing the reviews. */
  authorName?: string;
  /** The base URL is only where this server listens: each review says so in its description. */
  isLocal?: boolean;
}

interface CreativeWork {
  "@type": "CreativeWork";
  url: string;
  headline: string;
  author: { "@type": "Organization"; name: string };
  datePublished?: string;
}

export interface ClaimReview {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  /** Present only when the addresses are local: a warning not to publish the review as it is. */
  description?: string;
  claimReviewed: string;
  reviewRating: { "@type": "Rating"; alternateName: string; ratingExplanation: string };
  author: { "@type": "Organization"; name: string; url: string };
  datePublished?: string;
  itemReviewed: { "@type": "Claim"; appearance: CreativeWork[]; firstAppearance: CreativeWork };
}

/** An article as a schema.org CreativeWork; one without a URL of its own is linked to its page here. */
function toCreativeWork(article: ExportArticle, baseUrl: string): CreativeWork {
  return {
    "@type": "CreativeWork",
    url: article.url ?? `${baseUrl}/articles/${article.id}`,
    headline: article.title,
    author: { "@type": "Organization", name: article.outlet.name },
    ...(article.publishedAt ? { datePublished: article.publishedAt.slice(0, 10) } : {}),
  };
}

/** The sentence an appearance sits in (by id, else by offsets), as text with the span's offsets in it. */
function quoteAppearance(appearance: ExportAppearance, article: ExportArticle | undefined): string {
  const sentence =
    article?.sentences.find((candidate) => candidate.id === appearance.sentenceId) ??
    article?.sentences.find((candidate) => candidate.start <= appearance.start && appearance.end <= candidate.end);
  if (!sentence || appearance.start < sentence.start || appearance.end > sentence.end) return quoteClaim(appearance.text, 0, appearance.text.length);
  return quoteClaim(sentence.text, appearance.start - sentence.start, appearance.end - sentence.start);
}

/** Earliest first: by publication date (undated last), then in the export's article order. */
function byPublication(order: Map<string, number>) {
  return (a: ExportArticle, b: ExportArticle) => {
    if (a.publishedAt !== b.publishedAt) return a.publishedAt === null ? 1 : b.publishedAt === null ? -1 : a.publishedAt < b.publishedAt ? -1 : 1;
    return (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
  };
}

/**
 * schema.org ClaimReview JSON-LD: one review per claim an editor marked invented, altered,
 * hardened or softened in some derivative (machine-only labels are never published). The rating
 * is the most severe of those editor labels; the claim reviewed is the sentence (or clause) of the
 * earliest outlet that carries the claim so rated, as a reader would quote it. `appearance` lists
 * every article carrying the claim as reviewed (each with a URL) and `firstAppearance` the earliest
 * of them: the reference's wording is what the change is measured against, so the reference is
 * never credited with a claim it does not make (labels.md).
 */
export function buildClaimReviews(data: StoryExport, options: ClaimReviewOptions): ClaimReview[] {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const articles = new Map(data.articles.map((article) => [article.id, article]));
  const order = new Map(data.articles.map((article, index) => [article.id, index]));
  const reference = data.articles.find((article) => article.isReference);
  const reviews: ClaimReview[] = [];
  for (const claim of data.claims) {
    const marked = claim.appearances.filter((appearance) => appearance.articleId !== reference?.id && appearance.editorLabel && REVIEWED_LABELS.includes(appearance.editorLabel));
    if (marked.length === 0) continue;
    const rating = marked.reduce<Label>((most, appearance) => (LABEL_SEVERITY[appearance.editorLabel!] > LABEL_SEVERITY[most] ? appearance.editorLabel! : most), marked[0]!.editorLabel!);
    const carriers = [...new Set(marked.filter((appearance) => appearance.editorLabel === rating).map((appearance) => appearance.articleId))]
      .flatMap((id) => articles.get(id) ?? [])
      .sort(byPublication(order));
    const first = carriers[0]!;
    const firstWording = marked.filter((appearance) => appearance.articleId === first.id && appearance.editorLabel === rating).sort((a, b) => a.start - b.start)[0]!;
    const explanation = marked.map((appearance) => {
      const outlet = articles.get(appearance.articleId)?.outlet.name ?? "An outlet";
      const why = [appearance.editorNote, ...appearance.notes, ...appearance.reasons.map((reason) => reason.detail)].filter(Boolean).join("; ");
      return `${outlet}: ${appearance.editorLabel}${why ? ` (${why})` : ""}.`;
    });
    const editedAt = marked.flatMap((appearance) => (appearance.editedAt ? [appearance.editedAt] : [])).sort().at(-1);
    reviews.push({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: `${baseUrl}/claims/${claim.id}`,
      ...(options.isLocal ? { description: describeLocalAddress(baseUrl) } : {}),
      claimReviewed: quoteAppearance(firstWording, first),
      reviewRating: { "@type": "Rating", alternateName: capitalize(rating), ratingExplanation: explanation.join(" ") },
      author: { "@type": "Organization", name: options.authorName ?? "ClaimTrail", url: baseUrl },
      ...(editedAt ? { datePublished: editedAt } : {}),
      itemReviewed: {
        "@type": "Claim",
        appearance: carriers.map((article) => toCreativeWork(article, baseUrl)),
        firstAppearance: toCreativeWork(first, baseUrl),
      },
    });
  }
  return reviews;
}
