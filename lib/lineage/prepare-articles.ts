/**
 * Per-article features lineage compares: word n-grams (split into those the reference has and
 * those it lacks), the reference claims carried, the new details, and the changed wordings.
 */
import { LABEL_SEVERITY, SENTENCE_LABELS, type Label } from "@/lib/analysis/labels";
import type { LineageArticle, LineageInput } from "./types";
import { isNumberWord, isStopWord, listGrams, tokenizeWords, type Word } from "./words";

/**
 * Labels that mark a claim as changed from the reference: a copy that carries the same change
 * with the same words is likely to have taken it from the other (a shared error). "added" is new
 * material, not a change of a reference claim; "faithful" changes nothing.
 */
export const CHANGED_LABELS: ReadonlySet<Label> = new Set(SENTENCE_LABELS.filter((label) => label !== "faithful" && label !== "added"));

/**
 * Reference n-grams per article checked against each candidate, evenly spaced. 2,000 estimates a
 * share within about ±1 point (binomial standard error at 0.5 is 1.1%) at bounded cost.
 */
export const MAX_COVERAGE_SAMPLE = 2_000;

export interface DetailMark {
  claimId: string;
  /** The claim is new material (not a reference detail reworded). */
  isNew: boolean;
  text: string;
}

export interface ChangedWording {
  label: Label;
  text: string;
  /** Words added (+w) and dropped (-w) against the claim's reference wording. */
  signature: ReadonlySet<string>;
}

export interface PreparedArticle {
  article: LineageArticle;
  /** Position in time order. */
  index: number;
  words: Word[];
  grams: string[];
  gramSet: ReadonlySet<string>;
  /** Positions of the n-grams the reference lacks. */
  novelPositions: number[];
  /** Sampled positions of n-grams the reference also has. */
  referenceSample: number[];
  /** Reference claims carried (not new), with the most serious label the article gives each. */
  carried: Map<string, Label | null>;
  /** New claims carried, with their most serious label. */
  carriedNew: Map<string, Label | null>;
  /** Shared-detail keys ("word:five", "claim:<id>") with the wording that carries them. */
  detailKeys: Map<string, DetailMark>;
  /** Reference claims carried with a changed label, keyed by claim id. */
  changed: Map<string, ChangedWording>;
}

/** Articles in time order: publication (undated last), then the reference first, then capture time, then id. */
export function orderArticles(articles: readonly LineageArticle[]): LineageArticle[] {
  return [...articles].sort(
    (a, b) =>
      (a.publishedAt ?? Infinity) - (b.publishedAt ?? Infinity) ||
      Number(b.isReference) - Number(a.isReference) ||
      a.capturedAt - b.capturedAt ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Prepares every article; the reference's words decide what counts as novel. */
export function prepareArticles(input: LineageInput, ordered: readonly LineageArticle[], referenceId: string): PreparedArticle[] {
  const claims = new Map(input.claims.map((claim) => [claim.id, claim]));
  const byArticle = new Map<string, LineageInput["appearances"][number][]>();
  // Sorted so the result does not depend on the order the rows came in (the first wording of a
  // detail or change is the one quoted).
  const appearances = [...input.appearances].sort((a, b) => compare(a.claimId, b.claimId) || compare(a.text, b.text) || compare(a.label ?? "", b.label ?? ""));
  for (const appearance of appearances) {
    const list = byArticle.get(appearance.articleId);
    if (list) list.push(appearance);
    else byArticle.set(appearance.articleId, [appearance]);
  }
  const reference = ordered.find((article) => article.id === referenceId);
  const referenceWords = tokenizeWords(reference?.text ?? "");
  const referenceGrams = new Set(listGrams(referenceWords));
  const referenceLexicon = new Set(referenceWords.map((word) => word.lower));
  // Crediting the reference's outlet ("told Reuters") is what every rewrite adds on its own: the
  // outlet's name is never a shared detail.
  const creditWords = new Set(tokenizeWords(reference?.name ?? "").map((word) => word.lower));
  // Each claim's words, read once for all the outlets that change it.
  const claimWords = new Map<string, Set<string>>();

  return ordered.map((article, index) => {
    const words = tokenizeWords(article.text);
    const grams = listGrams(words);
    const isReference = article.id === referenceId;
    const novelPositions: number[] = [];
    const referencePositions: number[] = [];
    if (!isReference) grams.forEach((gram, position) => (referenceGrams.has(gram) ? referencePositions : novelPositions).push(position));
    const carried = new Map<string, Label | null>();
    const carriedNew = new Map<string, Label | null>();
    const detailKeys = new Map<string, DetailMark>();
    const changed = new Map<string, ChangedWording>();
    for (const appearance of byArticle.get(article.id) ?? []) {
      const claim = claims.get(appearance.claimId);
      if (!claim || appearance.label === "omitted") continue;
      const target = claim.isNew ? carriedNew : carried;
      target.set(claim.id, worse(target.get(claim.id), appearance.label));
      if (isReference) continue;
      if (claim.kind === "detail") {
        const detailWords = tokenizeWords(appearance.text, MAX_DETAIL_WORDS);
        for (const key of keysOfDetailWords(detailWords, referenceLexicon, creditWords)) {
          if (!detailKeys.has(key)) detailKeys.set(key, { claimId: claim.id, isNew: claim.isNew, text: appearance.text });
        }
        const isCredit = detailWords.some((word) => creditWords.has(word.lower));
        if (claim.isNew && !isCredit && !detailKeys.has(`claim:${claim.id}`)) detailKeys.set(`claim:${claim.id}`, { claimId: claim.id, isNew: true, text: appearance.text });
      }
      if (!claim.isNew && appearance.label && CHANGED_LABELS.has(appearance.label) && !changed.has(claim.id)) {
        let before = claimWords.get(claim.id);
        if (!before) claimWords.set(claim.id, (before = wordSet(claim.text)));
        changed.set(claim.id, { label: appearance.label, text: appearance.text, signature: signWordChange(before, wordSet(appearance.text)) });
      }
    }
    return { article, index, words, grams, gramSet: new Set(grams), novelPositions, referenceSample: sampleEvenly(referencePositions, MAX_COVERAGE_SAMPLE), carried, carriedNew, detailKeys, changed };
  });
}

/**
 * The words of a detail's wording that the reference never uses and that identify a fact: figures
 * ("five", "60") and capitalised names ("Almaty"). Not names: the first word of a longer wording
 * (its capital may only start the clause: "Some 3,000", "Supporters inside the White House say";
 * "Benjamin Netanyahu" still keys on "Netanyahu"), the reference
 * outlet's name (a credit), and any capitalised word next to a name the reference already uses
 * ("Donald" in "Donald Trump" completes a known name; it is no new fact).
 */
export function listDetailKeys(text: string, referenceLexicon: ReadonlySet<string>, creditWords: ReadonlySet<string> = new Set()): string[] {
  return keysOfDetailWords(tokenizeWords(text, MAX_DETAIL_WORDS), referenceLexicon, creditWords);
}

/** A detail is a phrase; 64 words bounds a runaway one. */
const MAX_DETAIL_WORDS = 64;
/** Words of a wording compared for a changed claim's signature. */
const MAX_SIGNATURE_WORDS = 200;

function keysOfDetailWords(words: readonly Word[], referenceLexicon: ReadonlySet<string>, creditWords: ReadonlySet<string>): string[] {
  const isKnownName = (word: Word | undefined) => word !== undefined && word.isCapitalised && referenceLexicon.has(word.lower);
  return words
    .filter((word, position) => {
      if (isStopWord(word.lower) || referenceLexicon.has(word.lower) || creditWords.has(word.lower)) return false;
      if (isNumberWord(word.lower)) return true;
      return word.isCapitalised && !(position === 0 && words.length > 1) && !isKnownName(words[position - 1]) && !isKnownName(words[position + 1]);
    })
    .map((word) => `word:${word.lower}`);
}

/** Words added (+) and dropped (-) from `base` to `text`, as a set. */
export function signChange(base: string, text: string): Set<string> {
  return signWordChange(wordSet(base), wordSet(text));
}

function wordSet(text: string): Set<string> {
  return new Set(tokenizeWords(text, MAX_SIGNATURE_WORDS).map((word) => word.lower));
}

function signWordChange(before: ReadonlySet<string>, after: ReadonlySet<string>): Set<string> {
  const signature = new Set<string>();
  for (const word of after) if (!before.has(word)) signature.add(`+${word}`);
  for (const word of before) if (!after.has(word)) signature.add(`-${word}`);
  return signature;
}

function worse(current: Label | null | undefined, next: Label | null): Label | null {
  if (current === undefined || current === null) return next;
  if (next === null) return current;
  return LABEL_SEVERITY[next] > LABEL_SEVERITY[current] ? next : current;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sampleEvenly(positions: number[], max: number): number[] {
  if (positions.length <= max) return positions;
  const step = positions.length / max;
  return Array.from({ length: max }, (_, i) => positions[Math.floor(i * step)]!);
}
