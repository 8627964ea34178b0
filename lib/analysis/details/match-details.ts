import type { ReasonCode } from "../classify/reason-codes";
import { LABEL_SEVERITY } from "../labels";
import type { Reason, SentenceLabel } from "../types";
import type { Detail } from "./extract-details";
import { getPhraseKeys } from "./phrase-keys";

/** A reference detail found in a derivative sentence, with its own verdict. */
export interface DetailMatch {
  reference: Detail;
  /** Where the derivative carries it (its own wording). */
  derivative: Detail;
  label: SentenceLabel;
  reasons: Reason[];
}

export interface DetailComparison {
  matches: DetailMatch[];
  /** Derivative details that no reference detail of the aligned sentences accounts for. */
  unmatched: Detail[];
}

/** Quotes sharing this share of content words are the same quote (punctuation/casing aside). */
const SAME_QUOTE = 0.85;
/** …and at least this share means the same quote with its words changed. */
const CHANGED_QUOTE = 0.4;
/** Sourcing/condition phrases sharing this share of content words are the same phrase. */
const SAME_PHRASE = 0.5;

/**
 * Follows each detail of the aligned reference sentence(s) into the derivative sentence and
 * labels it on its own: "five sources" → "five officials" is altered even in a faithful sentence.
 */
export function matchDetails(reference: Detail[], derivative: Detail[]): DetailComparison {
  const used = new Set<Detail>();
  const matches: DetailMatch[] = [];
  for (const ref of reference) {
    const candidates = derivative.filter((der) => !used.has(der) && isComparable(ref, der));
    let best: DetailMatch | null = null;
    for (const der of candidates) {
      const verdict = compareDetail(ref, der);
      if (verdict && (!best || rank(verdict.label) < rank(best.label))) best = verdict;
    }
    if (best) {
      used.add(best.derivative);
      matches.push(best);
    }
  }
  return { matches, unmatched: derivative.filter((der) => !used.has(der)) };
}

function isComparable(ref: Detail, der: Detail): boolean {
  if (ref.type === der.type) return true;
  // An actor may be named as a place's government and the reverse ("Baku" for Azerbaijan's
  // officials) — not comparable; but a year and a time phrase are both times.
  return false;
}

/** A detail matches its closest counterpart: the least serious verdict (labels.ts severity order). */
function rank(label: SentenceLabel): number {
  return LABEL_SEVERITY[label];
}

function verdict(ref: Detail, der: Detail, label: SentenceLabel, code: ReasonCode, detail: string): DetailMatch {
  return {
    reference: ref,
    derivative: der,
    label,
    reasons: [{ code, detail, evidence: { reference: ref.text, derivative: der.text } }],
  };
}

function compareDetail(ref: Detail, der: Detail): DetailMatch | null {
  if (ref.key === der.key) return verdict(ref, der, "faithful", "detail-kept", `"${der.text}" keeps "${ref.text}"`);
  switch (ref.type) {
    case "figure": {
      const sameUnit = unitOf(ref.key) === unitOf(der.key) || !unitOf(ref.key) || !unitOf(der.key);
      if (!sameUnit) return null;
      if (ref.value !== null && der.value === null) return verdict(ref, der, "softened", "number-vaguer", `the exact "${ref.text}" became the vaguer "${der.text}"`);
      if (ref.value === null && der.value !== null) return verdict(ref, der, "hardened", "number-more-precise", `the vague "${ref.text}" became the exact "${der.text}"`);
      if (ref.value === der.value) return verdict(ref, der, "altered", "number-qualifier-changed", `"${ref.text}" is given as "${der.text}"`);
      return verdict(ref, der, "altered", "number-changed", `"${ref.text}" became "${der.text}"`);
    }
    case "sourcing":
      if (ref.sourceKind === der.sourceKind && hasOtherCount(ref.text, der.text)) {
        return verdict(ref, der, "altered", "source-count-changed", `the sources "${ref.text}" are counted differently in "${der.text}"`);
      }
      if (wordOverlap(ref.text, der.text) >= SAME_PHRASE && ref.sourceKind === der.sourceKind) {
        return verdict(ref, der, "faithful", "detail-kept", `"${der.text}" keeps the sourcing "${ref.text}"`);
      }
      if (ref.sourceKind !== der.sourceKind && der.sourceKind === "reference-outlet") {
        // "said the sources" → "Reuters reported": credited to the reporting itself, which is right.
        return verdict(ref, der, "faithful", "credited-to-reference", `"${der.text}" credits the reference's reporting`);
      }
      return verdict(ref, der, "altered", "attribution-changed", `the source "${ref.text}" is described as "${der.text}"`);
    case "quote": {
      const overlap = wordOverlap(ref.text, der.text);
      if (overlap >= SAME_QUOTE) return verdict(ref, der, "faithful", "detail-kept", "the quote is kept word for word");
      if (overlap >= CHANGED_QUOTE) return verdict(ref, der, "altered", "quote-words-changed", `the quoted words differ from the reference`);
      return null;
    }
    case "time": {
      const refWords = contentWords(ref.text);
      const derWords = contentWords(der.text);
      let inRef = 0;
      for (const word of derWords) if (refWords.has(word)) inRef += 1;
      if (inRef === 0) return verdict(ref, der, "altered", "time-changed", `"${ref.text}" became "${der.text}"`);
      if (inRef === derWords.size && derWords.size < refWords.size) {
        return verdict(ref, der, "hardened", "range-narrowed", `"${ref.text}" narrowed to "${der.text}"`);
      }
      if (inRef === refWords.size && derWords.size > refWords.size) {
        return verdict(ref, der, "softened", "range-widened", `"${ref.text}" widened to "${der.text}"`);
      }
      if (inRef === derWords.size && inRef === refWords.size) return verdict(ref, der, "faithful", "detail-kept", `"${der.text}" keeps "${ref.text}"`);
      return verdict(ref, der, "altered", "time-changed", `"${ref.text}" became "${der.text}"`);
    }
    case "condition":
      return wordOverlap(ref.text, der.text) >= SAME_PHRASE ? verdict(ref, der, "faithful", "detail-kept", `the condition "${ref.text}" is kept`) : null;
    case "actor":
    case "place":
      return null; // different names are different details; a changed name is judged at sentence level
  }
}

/** Whether both phrases count their sources and the counts differ ("five sources" / "three sources"). */
function hasOtherCount(a: string, b: string): boolean {
  const left = getPhraseKeys(a).keys.find(isCount);
  const right = getPhraseKeys(b).keys.find(isCount);
  return left !== undefined && right !== undefined && left !== right;
}

/** Phrase keys of numbers are their digits ("five" → "5"). */
function isCount(key: string): boolean {
  return /^\d+$/.test(key);
}

function unitOf(key: string): string {
  return key.split(":")[2] ?? "";
}

function contentWords(phrase: string): ReadonlySet<string> {
  return getPhraseKeys(phrase).set;
}

/** Share of the smaller phrase's content words found in the other (0 … 1). */
export function wordOverlap(a: string, b: string): number {
  const left = contentWords(a);
  const right = contentWords(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / Math.min(left.size, right.size);
}
