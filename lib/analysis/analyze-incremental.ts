import { analyzeArticle, type ArticleInput } from "./analyze-article";
import type { ReferenceModel } from "./claims/build-reference-model";
import type { Detail } from "./details/extract-details";
import { NewClaimRegistry } from "./details/new-claim-registry";
import type { DetailType, ReportArticle } from "./report/report-types";

export { NewClaimRegistry };

/**
 * One new detail an article introduced, as the story-wide cluster registry sees it: what it is,
 * its normalised key, its wording and the label it got in this article. Replaying an article's
 * sightings into a {@link NewClaimRegistry} in order gives exactly the cluster ids a sequential
 * {@link analyzeStory} would have handed out.
 */
export interface NewDetailSighting {
  type: DetailType;
  key: string;
  text: string;
  label: "added" | "invented";
  /** What kind of source a sourcing detail names (clusters sourcing by kind), else null. */
  sourceKind?: Detail["sourceKind"];
  /** A figure's value (clusters figures by value whatever noun they count), else null. */
  value?: Detail["value"];
}

/** An article analysed on its own: new-detail claim ids are placeholders until it joins the story. */
export interface DeferredArticle {
  article: ReportArticle;
  /** In the order the article met them; sighting `i` carries the placeholder id `placeholder(i)`. */
  sightings: NewDetailSighting[];
}

/** Records sightings instead of clustering them, so an article can be analysed apart from the others. */
class SightingRecorder extends NewClaimRegistry {
  readonly sightings: NewDetailSighting[] = [];
  readonly #placeholder: (index: number) => string;

  constructor(placeholder: (index: number) => string) {
    super();
    this.#placeholder = placeholder;
  }

  override register(detail: Detail, label: "added" | "invented"): string {
    const index = this.sightings.push({ type: detail.type as DetailType, key: detail.key, text: detail.text, label, sourceKind: detail.sourceKind, value: detail.value }) - 1;
    return this.#placeholder(index);
  }
}

/**
 * Analyses one derivative against a prepared reference model without touching any story-wide
 * state, so articles can be analysed in any order, in parallel workers or one at a time as they
 * are added to a stored story. The only thing that depends on the other articles — which
 * cluster each new detail joins — is left as placeholder ids (`placeholder(i)` for sighting `i`);
 * {@link joinNewClaims} resolves them against the story's registry, in story order.
 */
export function analyzeArticleDeferred(model: ReferenceModel, input: ArticleInput, placeholder: (index: number) => string): DeferredArticle {
  const recorder = new SightingRecorder(placeholder);
  const article = analyzeArticle(model, input, recorder);
  return { article, sightings: recorder.sightings };
}

/**
 * Adds an article's new-detail sightings to the story's clusters, in order: a detail joins the
 * cluster it matches (same key, or a retold quote) or starts a new one. Returns the claim id of
 * each sighting (index `i` resolves placeholder `i`). Called for the articles in story order, it
 * reproduces {@link analyzeStory}'s `newClaims` and ids exactly.
 */
export function joinNewClaims(registry: NewClaimRegistry, file: string, sightings: readonly NewDetailSighting[]): string[] {
  return sightings.map(({ type, key, text, label, sourceKind, value }) => {
    // The registry reads a detail's type, key, text, source kind and value; the span is not part of its identity.
    const detail: Detail = { type, key, text, start: 0, end: 0, sourceKind: sourceKind ?? null, value: value ?? null };
    return registry.register(detail, label, file);
  });
}

/** Replaces placeholder claim ids in an analysed article with the ids {@link joinNewClaims} returned (in place). */
export function resolveNewClaimIds(article: ReportArticle, ids: readonly string[], placeholder: (index: number) => string): ReportArticle {
  const byPlaceholder = new Map(ids.map((id, index) => [placeholder(index), id]));
  for (const sentence of article.sentences) {
    for (const detail of sentence.details) detail.claimId = byPlaceholder.get(detail.claimId) ?? detail.claimId;
  }
  return article;
}
