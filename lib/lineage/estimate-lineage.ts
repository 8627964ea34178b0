/**
 * Who copied whom: for each derivative, the most likely source among the reference and the
 * derivatives before it, by the evidence scoreCandidate weighs. Pure and deterministic.
 *
 * Cost: each article's words are capped (MAX_TOKENS); candidates are found through an inverted
 * index of the n-grams and details the reference lacks, skipping those carried by more than
 * MAX_POSTINGS articles, and only the best MAX_CANDIDATES are scored in full. A story of n articles
 * costs O(n · MAX_TOKENS · (MAX_POSTINGS + MAX_CANDIDATES)), never quadratic in text length.
 */
import { orderArticles, prepareArticles, type PreparedArticle } from "./prepare-articles";
import { scoreCandidate } from "./score-candidate";
import type { LineageCandidate, LineageInput, LineageLink, SharedDetailGroup, StoryLineage } from "./types";

/**
 * Below this margin the best candidate is not chosen over the runner-up ("X or Y: undecided").
 * 0.1 is a third of one shared detail, or a tenth of full coverage; one label the engine gets
 * wrong moves a score by about that much (a source-changed claim is 0.1). The smallest margin
 * decided correctly in the constructed stories is 0.29 (the chain's B ← A) and in the seed 0.21;
 * an exact tie is 0.
 */
export const MIN_MARGIN = 0.1;
/**
 * Earlier derivatives scored in full per article, picked by how much rare material they share.
 * Eight is generous: the constructed stories and the seed have at most three earlier derivatives,
 * and a real story rarely has more than a handful of plausible parents per article.
 */
export const MAX_CANDIDATES = 8;
/**
 * An n-gram or detail carried by more articles than this is syndicated boilerplate for candidate
 * finding: it cannot tell sources apart, and following it would make the index quadratic.
 */
export const MAX_POSTINGS = 16;
/** Novel n-grams per article looked up in the index when finding candidates (evenly spaced). */
const MAX_LOOKUPS = 2_000;
/** A shared detail or changed claim counts as this many shared n-grams when ranking candidates. */
const DETAIL_LOOKUP_BONUS = 20;

/**
 * Estimates the source of every derivative of a story.
 *
 * @param input the story's articles (with times and analysed text), claims and appearances
 * @returns links in time order, one per derivative (none when the story has no reference), and
 *   the details the reference lacks that several articles share
 */
export function estimateLineage(input: LineageInput): StoryLineage {
  const ordered = orderArticles(input.articles);
  const reference = ordered.find((article) => article.isReference);
  const order = ordered.map((article) => article.id);
  if (!reference) return { order, referenceId: null, links: [], sharedDetails: [] };
  const prepared = prepareArticles(input, ordered, reference.id);
  const claimText = new Map(input.claims.map((claim) => [claim.id, claim.text]));
  const referenceClaimIds = input.claims.filter((claim) => !claim.isNew).map((claim) => claim.id);
  const referencePrepared = prepared.find((article) => article.article.id === reference.id)!;
  const index = buildIndex(prepared);

  const links = prepared
    .filter((target) => !target.article.isReference)
    .map((target): LineageLink => {
      const candidates = [referencePrepared, ...findCandidates(target, prepared, index)]
        .map((source): LineageCandidate & { index: number } => ({ sourceId: source.article.id, index: source.index, ...scoreCandidate(target, source, claimText, referenceClaimIds) }))
        .sort((a, b) => b.score - a.score || a.index - b.index);
      const [best, second] = candidates as [LineageCandidate & { index: number }, (LineageCandidate & { index: number }) | undefined];
      const margin = round(best.score - (second?.score ?? 0));
      const source = prepared[best.index]!;
      return {
        articleId: target.article.id,
        sourceId: best.sourceId,
        score: best.score,
        margin,
        isUndecided: second !== undefined && margin < MIN_MARGIN,
        runnerUp: second ? { sourceId: second.sourceId, score: second.score, evidence: second.evidence } : null,
        isOrderUncertain: !source.article.isReference && (source.article.publishedAt === null || target.article.publishedAt === null || source.article.publishedAt === target.article.publishedAt),
        changeShare: measureChange(target, source),
        evidence: best.evidence,
        sharedElsewhere: listSharedElsewhere(target, source, prepared, index),
      };
    });
  return { order, referenceId: reference.id, links, sharedDetails: groupSharedDetails(prepared, index) };
}

/**
 * Only the details the reference lacks that several articles share (first carrier first), without
 * scoring any link: what a claim page needs, at the cost of reading each article once.
 */
export function listSharedDetails(input: LineageInput): SharedDetailGroup[] {
  const ordered = orderArticles(input.articles);
  const reference = ordered.find((article) => article.isReference);
  if (!reference) return [];
  const prepared = prepareArticles(input, ordered, reference.id);
  return groupSharedDetails(prepared, buildIndex(prepared));
}

interface Index {
  grams: Map<string, number[]>;
  details: Map<string, number[]>;
}

/** Postings (article positions in time order) of the n-grams, details and changed claims the reference lacks. */
function buildIndex(prepared: readonly PreparedArticle[]): Index {
  const grams = new Map<string, number[]>();
  const details = new Map<string, number[]>();
  const post = (map: Map<string, number[]>, key: string, at: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [at]);
    else if (list[list.length - 1] !== at) list.push(at);
  };
  for (const article of prepared) {
    for (const position of article.novelPositions) post(grams, article.grams[position]!, article.index);
    for (const key of article.detailKeys.keys()) post(details, key, article.index);
    for (const claimId of article.changed.keys()) post(details, `changed:${claimId}`, article.index);
  }
  return { grams, details };
}

/** The earlier derivatives sharing the most rare material with `target`, at most MAX_CANDIDATES. */
function findCandidates(target: PreparedArticle, prepared: readonly PreparedArticle[], index: Index): PreparedArticle[] {
  const hits = new Map<number, number>();
  const count = (postings: number[] | undefined, weight: number) => {
    if (!postings || postings.length > MAX_POSTINGS) return;
    for (const at of postings) if (at < target.index && !prepared[at]!.article.isReference) hits.set(at, (hits.get(at) ?? 0) + weight);
  };
  const positions = target.novelPositions;
  const step = Math.max(1, positions.length / MAX_LOOKUPS);
  for (let i = 0; i < positions.length; i += step) count(index.grams.get(target.grams[positions[Math.floor(i)]!]!), 1);
  for (const key of target.detailKeys.keys()) count(index.details.get(key), DETAIL_LOOKUP_BONUS);
  for (const claimId of target.changed.keys()) count(index.details.get(`changed:${claimId}`), DETAIL_LOOKUP_BONUS);
  return [...hits]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_CANDIDATES)
    .map(([at]) => prepared[at]!);
}

/** Shared-detail hints listed per link, and other carriers named per hint (the count says how many in all). */
const MAX_SHARED_ELSEWHERE = 5;
const MAX_NAMED_CARRIERS = 10;

/** The target's details the reference lacks that other derivatives carry and its chosen source does not. */
function listSharedElsewhere(target: PreparedArticle, source: PreparedArticle, prepared: readonly PreparedArticle[], index: Index): LineageLink["sharedElsewhere"] {
  const byText = new Map<string, LineageLink["sharedElsewhere"][number]>();
  for (const [key, mark] of target.detailKeys) {
    if (source.detailKeys.has(key) || byText.has(mark.text)) continue;
    const postings = index.details.get(key) ?? [];
    const others: string[] = [];
    for (const at of postings) {
      if (at !== target.index) others.push(prepared[at]!.article.id);
      if (others.length === MAX_NAMED_CARRIERS) break;
    }
    if (others.length > 0) byText.set(mark.text, { key, text: mark.text, articleIds: others, carrierCount: postings.length - 1 });
    if (byText.size === MAX_SHARED_ELSEWHERE) break;
  }
  return [...byText.values()];
}

/**
 * How much the copy changed its source: the share of the article's claims whose label differs from
 * the source's (for the reference: not faithful) or that the source does not carry at all.
 */
function measureChange(target: PreparedArticle, source: PreparedArticle): number {
  let total = 0;
  let changed = 0;
  for (const [claimId, label] of [...target.carried, ...target.carriedNew]) {
    total++;
    const isNew = target.carriedNew.has(claimId);
    if (source.article.isReference) {
      if (isNew || label !== "faithful") changed++;
    } else {
      const sourceLabel = isNew ? source.carriedNew.get(claimId) : source.carried.get(claimId);
      if (sourceLabel === undefined || sourceLabel !== label) changed++;
    }
  }
  return total === 0 ? 0 : round(changed / total);
}

/** Details carried by two or more derivatives, first carrier first; most carriers first. */
function groupSharedDetails(prepared: readonly PreparedArticle[], index: Index): SharedDetailGroup[] {
  const groups: SharedDetailGroup[] = [];
  for (const [key, postings] of index.details) {
    if (key.startsWith("changed:") || postings.length < 2) continue;
    groups.push({
      key,
      carriers: postings.map((at) => {
        const mark = prepared[at]!.detailKeys.get(key)!;
        return { articleId: prepared[at]!.article.id, claimId: mark.claimId, isNewClaim: mark.isNew, text: mark.text };
      }),
    });
  }
  // Several keys of one wording ("five" and the cluster of "citing five sources") with the same
  // carriers say the same thing: keep the first.
  const seen = new Set<string>();
  return groups
    .sort((a, b) => b.carriers.length - a.carriers.length || (a.key < b.key ? -1 : 1))
    .filter((group) => {
      const signature = group.carriers.map((carrier) => `${carrier.articleId}:${carrier.text}`).join("|");
      if (seen.has(signature)) return false;
      seen.add(signature);
      return true;
    });
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
