/**
 * How well one candidate source explains one derivative. The score adds up evidence, each piece
 * with its weight, so the reader sees exactly why a source won:
 *
 *   coverage (0–1): what the derivative took from the reference, the candidate also has
 *   + shared details, passages and errors the reference lacks (only an earlier derivative has them)
 *   − claims the candidate changed that the derivative carries as the reference has them
 *
 * The reference covers everything by definition and gets a small prior, so a derivative wins only
 * on evidence the reference cannot explain.
 */
import type { Label } from "@/lib/analysis/labels";
import { CHANGED_LABELS, type PreparedArticle } from "./prepare-articles";
import type { LineageEvidence } from "./types";
import { GRAM_SIZE } from "./words";

/**
 * The reference's head start. The origin is the default answer (every rewrite names it); 0.1 is a
 * third of one shared detail, so a derivative that carries all the derivative's reference material
 * and one detail the reference lacks still wins, while one that only matches as well does not.
 */
export const REFERENCE_PRIOR = 0.1;
/** Coverage counts claims and wording equally: claims survive paraphrase, wording survives the engine's misses. */
const CLAIM_COVERAGE_WEIGHT = 0.5;
const WORDING_COVERAGE_WEIGHT = 0.5;
/**
 * One shared detail the reference lacks (a figure, a name, a new-claim cluster): strong but not
 * conclusive, since two outlets can add the same background fact independently. Capped at three:
 * a long list of shared names is one act of copying, not ten.
 */
const DETAIL_WEIGHT = 0.3;
const MAX_SHARED_DETAILS = 3;
/**
 * Shared wording the reference lacks: half for its amount (saturating at 60 words, about three
 * sentences, past which more words add no certainty), half for the share of the derivative's own
 * wording the candidate explains (it tells apart a parent from a grandparent with the same passage).
 */
const PASSAGE_AMOUNT_WEIGHT = 0.3;
const PASSAGE_SHARE_WEIGHT = 0.3;
const PASSAGE_SATURATION_WORDS = 60;
/** A passage needs two overlapping 4-grams (five words in a row): one 4-gram is often a stock phrase. */
const MIN_PASSAGE_GRAMS = 2;
/** Passages quoted as evidence per link. */
const MAX_QUOTED_PASSAGES = 3;
/** Quoted passages are cut at this length for display. */
const MAX_QUOTE_CHARS = 240;
/**
 * The same changed wording of one claim (the same altered figure, the same dropped hedge): the
 * strongest single sign of copying, as in textual criticism's shared errors. Capped at three.
 */
const ERROR_WEIGHT = 0.35;
const MAX_SHARED_ERRORS = 3;
/** Two changes are "the same" when their added and dropped words overlap by at least half (Jaccard). */
const SAME_CHANGE_JACCARD = 0.5;
/**
 * A claim the candidate changed that the derivative carries faithfully: the derivative saw another
 * version. Small, since the engine's labels are not perfect; capped at five.
 */
const SOURCE_CHANGED_WEIGHT = -0.1;
const MAX_SOURCE_CHANGED = 5;
/**
 * Omissions shared beyond chance: of the reference claims the candidate lacks, the share the
 * article lacks too, minus the article's own omission rate (what an independent copy of the
 * reference would lack anyway). A copy of a copy lacks everything its source lacks. Weaker than a
 * shared addition (copyists drop material independently all the time), so 0.4 at most.
 */
const OMISSION_WEIGHT = 0.4;
/** Omissions the candidate needs before the term counts in full: about one dropped sentence with its details. */
const OMISSION_FULL_COUNT = 5;
/** Lacked claims quoted in coverage evidence. */
const MAX_LACKED_QUOTED = 3;

/** The score of `source` as the source of `target`, with every piece of evidence that went into it. */
export function scoreCandidate(target: PreparedArticle, source: PreparedArticle, claimText: ReadonlyMap<string, string>, referenceClaimIds: readonly string[]): { score: number; evidence: LineageEvidence[] } {
  if (source.article.isReference) return scoreReference(target);
  const evidence: LineageEvidence[] = [
    describeOrder(target, source),
    scoreCoverage(target, source, claimText),
    ...scoreOmissions(target, source, referenceClaimIds),
    ...scoreDetails(target, source),
    ...scorePassages(target, source),
    ...scoreErrors(target, source, claimText),
    ...scoreSourceChanged(target, source, claimText),
  ];
  return { score: sumWeights(evidence), evidence };
}

function scoreReference(target: PreparedArticle): { score: number; evidence: LineageEvidence[] } {
  const evidence: LineageEvidence[] = [
    { kind: "reference-prior", weight: REFERENCE_PRIOR, detail: "the reference is the origin every rewrite is compared with" },
    {
      kind: "coverage",
      weight: CLAIM_COVERAGE_WEIGHT + WORDING_COVERAGE_WEIGHT,
      detail: `has all ${target.carried.size} reference claims the article carries`,
      claimsCarried: target.carried.size,
      claimsSourceLacks: 0,
      lackedClaims: [],
      wordingShare: 1,
    },
  ];
  return { score: sumWeights(evidence), evidence };
}

function describeOrder(target: PreparedArticle, source: PreparedArticle): LineageEvidence {
  const [a, b] = [source.article.publishedAt, target.article.publishedAt];
  if (a !== null && b !== null && a < b) return { kind: "order", weight: 0, detail: `${source.article.name} was published first`, isSameTime: false };
  return {
    kind: "order",
    weight: 0,
    detail: a === null || b === null ? "one of the two has no publication time: captured first, which copied which is uncertain" : "published at the same time: captured first, which copied which is uncertain",
    isSameTime: true,
  };
}

function scoreCoverage(target: PreparedArticle, source: PreparedArticle, claimText: ReadonlyMap<string, string>): LineageEvidence {
  const lacked = [...target.carried.keys()].filter((id) => !source.carried.has(id));
  const claimShare = target.carried.size === 0 ? 1 : 1 - lacked.length / target.carried.size;
  const sample = target.referenceSample;
  const wordingShare = sample.length === 0 ? 1 : sample.filter((position) => source.gramSet.has(target.grams[position]!)).length / sample.length;
  return {
    kind: "coverage",
    weight: CLAIM_COVERAGE_WEIGHT * claimShare + WORDING_COVERAGE_WEIGHT * wordingShare,
    detail:
      lacked.length === 0
        ? `has all ${target.carried.size} reference claims the article carries, and ${percent(wordingShare)} of its reference wording`
        : `lacks ${lacked.length} of the ${target.carried.size} reference claims the article carries; has ${percent(wordingShare)} of its reference wording`,
    claimsCarried: target.carried.size,
    claimsSourceLacks: lacked.length,
    lackedClaims: lacked.slice(0, MAX_LACKED_QUOTED).map((id) => claimText.get(id) ?? id),
    wordingShare,
  };
}

function scoreOmissions(target: PreparedArticle, source: PreparedArticle, referenceClaimIds: readonly string[]): LineageEvidence[] {
  if (referenceClaimIds.length === 0) return [];
  const sourceLacks = referenceClaimIds.filter((id) => !source.carried.has(id));
  if (sourceLacks.length === 0) return [];
  const bothLack = sourceLacks.filter((id) => !target.carried.has(id)).length;
  const ownRate = 1 - target.carried.size / referenceClaimIds.length;
  const excess = bothLack / sourceLacks.length - ownRate;
  if (excess <= 0) return [];
  const weight = OMISSION_WEIGHT * excess * Math.min(1, sourceLacks.length / OMISSION_FULL_COUNT);
  return [{ kind: "shared-omissions", weight, detail: `lacks ${bothLack} of the ${sourceLacks.length} reference claims ${source.article.name} lacks (it lacks ${Math.round(ownRate * 100)}% of the reference overall)`, sourceLacks: sourceLacks.length, bothLack }];
}

function scoreDetails(target: PreparedArticle, source: PreparedArticle): LineageEvidence[] {
  // One piece of evidence per wording of the target: "five" and the new-claim cluster of the same
  // "citing five sources" are one shared detail, not two.
  const byText = new Map<string, LineageEvidence & { kind: "shared-detail" }>();
  for (const [key, mark] of target.detailKeys) {
    const other = source.detailKeys.get(key);
    if (!other || byText.has(mark.text)) continue;
    byText.set(mark.text, { kind: "shared-detail", weight: DETAIL_WEIGHT, detail: `both carry ${describeKey(key, mark.text)}, which the reference lacks`, key, text: mark.text, sourceText: other.text, carriers: 0 });
  }
  return [...byText.values()].slice(0, MAX_SHARED_DETAILS);
}

function describeKey(key: string, text: string): string {
  return key.startsWith("word:") ? `“${key.slice(5)}” (“${text}”)` : `the new detail “${text}”`;
}

function scorePassages(target: PreparedArticle, source: PreparedArticle): LineageEvidence[] {
  const runs: [number, number][] = [];
  let runStart = -1;
  let previous = -2;
  for (const position of target.novelPositions) {
    if (!source.gramSet.has(target.grams[position]!)) continue;
    if (position !== previous + 1) {
      if (runStart >= 0) runs.push([runStart, previous]);
      runStart = position;
    }
    previous = position;
  }
  if (runStart >= 0) runs.push([runStart, previous]);
  const passages = runs.filter(([start, end]) => end - start + 1 >= MIN_PASSAGE_GRAMS);
  if (passages.length === 0) return [];
  const sharedGrams = passages.reduce((sum, [start, end]) => sum + end - start + 1, 0);
  const words = passages.reduce((sum, [start, end]) => sum + end - start + GRAM_SIZE, 0);
  const total = PASSAGE_AMOUNT_WEIGHT * Math.min(1, words / PASSAGE_SATURATION_WORDS) + PASSAGE_SHARE_WEIGHT * (sharedGrams / target.novelPositions.length);
  // The weight is spread over the quoted passages (longest first) so the sum stays the score.
  const quoted = [...passages].sort((a, b) => b[1] - b[0] - (a[1] - a[0]) || a[0] - b[0]).slice(0, MAX_QUOTED_PASSAGES);
  return quoted.map(([start, end], i) => {
    const text = target.article.text.slice(target.words[start]!.start, target.words[end + GRAM_SIZE - 1]!.end);
    return {
      kind: "shared-passage" as const,
      weight: i === 0 ? total : 0,
      detail: i === 0 ? `${words} words in ${passages.length} ${passages.length === 1 ? "passage" : "passages"} the reference lacks (${percent(sharedGrams / target.novelPositions.length)} of the article's own wording)` : "another shared passage",
      text: text.length > MAX_QUOTE_CHARS ? `${text.slice(0, MAX_QUOTE_CHARS)}…` : text,
      words: end - start + GRAM_SIZE,
    };
  });
}

function scoreErrors(target: PreparedArticle, source: PreparedArticle, claimText: ReadonlyMap<string, string>): LineageEvidence[] {
  const shared: LineageEvidence[] = [];
  for (const [claimId, change] of target.changed) {
    const other = source.changed.get(claimId);
    if (!other || other.label !== change.label || jaccard(change.signature, other.signature) < SAME_CHANGE_JACCARD) continue;
    shared.push({ kind: "shared-error", weight: ERROR_WEIGHT, detail: `both carry the same ${change.label} wording of a reference claim`, claimText: claimText.get(claimId) ?? claimId, label: change.label, text: change.text, sourceText: other.text });
    if (shared.length === MAX_SHARED_ERRORS) break;
  }
  return shared;
}

function scoreSourceChanged(target: PreparedArticle, source: PreparedArticle, claimText: ReadonlyMap<string, string>): LineageEvidence[] {
  const found: LineageEvidence[] = [];
  for (const [claimId, label] of target.carried) {
    const sourceLabel: Label | null | undefined = source.carried.get(claimId);
    if (label !== "faithful" || !sourceLabel || !CHANGED_LABELS.has(sourceLabel)) continue;
    found.push({ kind: "source-changed", weight: SOURCE_CHANGED_WEIGHT, detail: `carries a claim as the reference has it, which ${source.article.name} ${sourceLabel}`, claimText: claimText.get(claimId) ?? claimId, sourceLabel });
    if (found.length === MAX_SOURCE_CHANGED) break;
  }
  return found;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  // Two empty changes say nothing (the words are the reference's): not a shared error.
  if (a.size === 0 && b.size === 0) return 0;
  let both = 0;
  for (const item of a) if (b.has(item)) both++;
  return both / (a.size + b.size - both);
}

function sumWeights(evidence: readonly LineageEvidence[]): number {
  return Math.round(evidence.reduce((sum, item) => sum + item.weight, 0) * 1000) / 1000;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
