import type { DetailType, ReportNewClaim } from "../report/report-types";
import type { Detail } from "./extract-details";
import { getPhraseKeys } from "./phrase-keys";

/** Two new quotes sharing this share of content words are one quote retold (a shared upstream). */
const SAME_NEW_QUOTE = 0.6;

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

  /** The claim id for `detail` found in `file`, creating the claim on first sight. */
  register(detail: Detail, label: "added" | "invented", file: string): string {
    const words = detail.type === "quote" ? getPhraseKeys(detail.text).set : null;
    const claim = this.#byKey.get(detail.key) ?? (words ? this.#findRetoldQuote(words) : undefined);
    if (claim) {
      const files = this.#fileSets.get(claim);
      if (files !== undefined && !files.has(file)) {
        files.add(file);
        claim.files.push(file);
      }
      // One outlet presenting it as insider material is enough to flag the cluster.
      if (label === "invented") claim.label = "invented";
      this.#byKey.set(detail.key, claim);
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
    this.#byKey.set(detail.key, created);
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
