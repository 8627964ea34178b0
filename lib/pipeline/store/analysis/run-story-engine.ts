import { createStoryAnalysis, type ReportArticle, type ReportClaim, type ReportExcluded, type ReportNewClaim } from "@/lib/analysis";
import { analyzeArticleDeferred, joinNewClaims, NewClaimRegistry, resolveNewClaimIds, type NewDetailSighting } from "@/lib/analysis/analyze-incremental";

/** What the engine needs to analyse a stored story, or the articles added to it. Plain data. */
export interface StoryEngineInput {
  reference: { id: string; text: string; outletName: string };
  /**
   * Derivatives already analysed whose stored results stay as they are, in story order: only
   * their new-detail sightings are replayed, so the clusters are where a full run would have them.
   */
  previous: { id: string; sightings: NewDetailSighting[] }[];
  /** The derivatives to analyse, in story order, after every `previous` one. */
  derivatives: { id: string; text: string }[];
}

/** The engine's result for a stored story: plain data (structured-clonable, so a worker pool can return it). */
export interface StoryEngineResult {
  reference: {
    language: string;
    claims: ReportClaim[];
    excluded: ReportExcluded[];
    sentences: { index: number; start: number; end: number; text: string; kind: string }[];
  };
  /** One per input derivative, in order; `file` is the article id. */
  articles: { article: ReportArticle; sightings: NewDetailSighting[] }[];
  /** Every new-detail cluster of the story, previous articles' included, in order of first sight. */
  newClaims: ReportNewClaim[];
  /** Clusters before this index existed before this run (started by `previous` articles). */
  firstNewClaim: number;
}

/** Never part of a stored id or text: placeholder ids are resolved before anything leaves this function. */
const placeholder = (index: number) => `\u0000new:${index}`;

/**
 * The pure engine step of storing an analysis: the reference model, then each derivative in story
 * order joined to the story's new-detail clusters. With no `previous` articles it is exactly
 * `analyzeStory`; with them, the articles added to a story get the ids and clusters a full run
 * would give them. No database, no I/O: the caller writes the result (a worker pool can wrap it).
 */
export function runStoryEngine(input: StoryEngineInput, onProgress?: (done: number, total: number) => void): StoryEngineResult {
  const analysis = createStoryAnalysis({ file: input.reference.id, text: input.reference.text }, { referenceOutletNames: [input.reference.outletName] });
  const registry = new NewClaimRegistry();
  for (const article of input.previous) joinNewClaims(registry, article.id, article.sightings);
  const firstNewClaim = registry.list().length;
  const articles = input.derivatives.map((derivative, index) => {
    const { article, sightings } = analyzeArticleDeferred(analysis.model, { file: derivative.id, text: derivative.text }, placeholder);
    resolveNewClaimIds(article, joinNewClaims(registry, derivative.id, sightings), placeholder);
    onProgress?.(index + 1, input.derivatives.length);
    return { article, sightings };
  });
  const { reference } = analysis.report([]);
  return {
    reference: {
      language: reference.language,
      claims: reference.claims,
      excluded: reference.excluded,
      sentences: analysis.model.prepared.sentences.map(({ index, start, end, text, kind }) => ({ index, start, end, text, kind })),
    },
    articles,
    newClaims: registry.list(),
    firstNewClaim,
  };
}
