import type { DetailType, ReportNewClaim } from "../report/report-types";
import type { Detail } from "./extract-details";
import { getPhraseKeys } from "./phrase-keys";

/** Two new quotes sharing this share of content words are one quote retold (a shared upstream). */
const SAME_NEW_QUOTE = 0.6;
/**
 * Two new sourcing phrases of the same kind, with the same count, sharing this share of the
 * shorter one's content words are one sourcing claim ("citing five sources" and "five sources
 * with knowledge of the matter"): the shorter is usually the longer cut down, so all of it.
 */
const SAME_NEW_SOURCING = 1;

/**
 * The identity a new detail is clustered by across outlets: a figure by its value whatever
 * noun it counts ("11,000 residents" / "11,000 people"), other details by their key.
 */
function clusterKey(detail: Detail): string {
  return detail.type === "figure" && detail.value !== null ? `figure:${detail.value}` : detail.key;
}

/** Month keys: a number after one is a day of a date ("a July 31 Reuters exclusive"), not a count. */
const monthKey = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;

/** The count in a sourcing phrase's content words ("five sources" → "5"), or "" without one. */
function countOf(words: ReadonlySet<string>): string {
  let previous = "";
  for (const word of words) {
    if (/^\d+$/.test(word) && !monthKey.test(previous)) return word;
    previous = word;
  }
  return "";
}

/**
 * Clusters the details derivatives introduce: the same added detail in three outlets becomes one
 * claim with three appearances. Ids are handed out in order of first appearance (n1, n2, …).
 * Exact keys are a map lookup; retold quotes are found through an inverted index of their words,
 * so registering stays cheap when a story has thousands of new details.
 */
export class NewClaimRegistry {
  readonly #claims: ReportNewClaim[] = [];
  readonly #byKey = new Map<string, ReportNewClaim>();
  /** content word → indexes (into #claims) of the quote claims containing it */
  readonly #quoteWords = new Map<string, number[]>();
  readonly #quoteSizes = new Map<number, number>();
  /** The files of each claim as a set, so a claim seen in thousands of articles is checked in O(1). */
  readonly #fileSets = new Map<ReportNewClaim, Set<string>>();
  /** New sourcing claims with their content words (a story has a few dozen: a scan is cheap). */
  readonly #sourcing: { claim: ReportNewClaim; kind: Detail["sourceKind"]; words: ReadonlySet<string> }[] = [];
  /** Cost guard: sourcing claims scanned for a retold one; past it only exact keys cluster. */
  static readonly maxSourcingScan = 500;

  /** The claim id for `detail` found in `file`, creating the claim on first sight. */
  register(detail: Detail, label: "added" | "invented", file: string): string {
    const key = clusterKey(detail);
    const words = detail.type === "quote" ? getPhraseKeys(detail.text).set : null;
    const claim = this.#byKey.get(key) ?? (words ? this.#findRetoldQuote(words) : detail.type === "sourcing" ? this.#findSameSourcing(detail) : undefined);
    if (claim) {
      const files = this.#fileSets.get(claim);
      if (files !== undefined && !files.has(file)) {
        files.add(file);
        claim.files.push(file);
      }
      // One outlet presenting it as insider material is enough to flag the cluster.
      if (label === "invented") claim.label = "invented";
      this.#byKey.set(key, claim);
      return claim.id;
    }
    const index = this.#claims.length;
    const created: ReportNewClaim = {
      id: `n${index + 1}`,
      kind: "detail",
      detailType: detail.type as DetailType,
      text: detail.text,
      label,
      files: [file],
    };
    this.#claims.push(created);
    this.#fileSets.set(created, new Set([file]));
    this.#byKey.set(key, created);
    if (detail.type === "sourcing") this.#sourcing.push({ claim: created, kind: detail.sourceKind, words: getPhraseKeys(detail.text).set });
    if (words) {
      this.#quoteSizes.set(index, words.size);
      for (const word of words) {
        const list = this.#quoteWords.get(word);
        if (list) list.push(index);
        else this.#quoteWords.set(word, [index]);
      }
    }
    return created.id;
  }

  /** Every new claim so far, in order of first appearance. */
  list(): ReportNewClaim[] {
    return this.#claims;
  }

  #findSameSourcing(detail: Detail): ReportNewClaim | undefined {
    const words = getPhraseKeys(detail.text).set;
    if (words.size === 0) return undefined;
    const count = countOf(words);
    for (const candidate of this.#sourcing.slice(0, NewClaimRegistry.maxSourcingScan)) {
      if (candidate.kind !== detail.sourceKind || countOf(candidate.words) !== count) continue;
      const [small, large] = words.size <= candidate.words.size ? [words, candidate.words] : [candidate.words, words];
      let shared = 0;
      for (const word of small) if (large.has(word)) shared++;
      if (shared / small.size >= SAME_NEW_SOURCING) return candidate.claim;
    }
    return undefined;
  }

  #findRetoldQuote(words: ReadonlySet<string>): ReportNewClaim | undefined {
    if (words.size === 0) return undefined;
    const shared = new Map<number, number>();
    for (const word of words) for (const index of this.#quoteWords.get(word) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    let best: number | undefined;
    let bestShare = SAME_NEW_QUOTE;
    for (const [index, count] of shared) {
      const share = count / Math.min(words.size, this.#quoteSizes.get(index) ?? Infinity);
      if (share >= bestShare && (best === undefined || share > bestShare)) {
        best = index;
        bestShare = share;
      }
    }
    return best === undefined ? undefined : this.#claims[best];
  }
}
