import { tokenize } from "../align";
import type { DetailType } from "../report/report-types";
import type { SentenceFeatures, SourceKind, Span } from "../types";

/** A detail a fact-checker tracks inside a sentence, with a key to compare it across articles. */
export interface Detail extends Span {
  type: DetailType;
  /** Normalised identity: equal keys mean the same detail ("five sources" ≈ "5 sources"). */
  key: string;
  /** Source kind, for sourcing details and quotes (who the words are credited to). */
  sourceKind: SourceKind | null;
  /** Numeric value, for figures. */
  value: number | null;
}

/** Quotes shorter than this many words are scare quotes ("recognition"), not statements to track. */
const MIN_QUOTE_WORDS = 4;
/** Quotes are keyed on their first words; enough to tell quotes apart, robust to a changed ending. */
const QUOTE_KEY_WORDS = 8;

/**
 * The atomic details of one sentence: figures, time frames, sourcing, direct quotes, named actors
 * and places, conditions. A detail inside a larger one of the same sentence is dropped ("five" in
 * "five sources familiar with the matter" is the sourcing detail, not a separate figure).
 */
export function extractDetails(text: string, features: SentenceFeatures): Detail[] {
  const details: Detail[] = [];
  const add = (type: DetailType, span: Span, key: string, sourceKind: SourceKind | null = null, value: number | null = null) => {
    if (key) details.push({ type, start: span.start, end: span.end, text: span.text, key, sourceKind, value });
  };
  for (const attribution of features.attributions) {
    add("sourcing", attribution, `sourcing:${attribution.sourceKind}:${normalizeWords(text, attribution.source)}`, attribution.sourceKind);
  }
  for (const quote of features.quotes) {
    const words = tokenize(quote.text).filter((token) => !token.isStop);
    if (words.length < MIN_QUOTE_WORDS - 1 || quote.text.split(/\s+/).length < MIN_QUOTE_WORDS) continue;
    add("quote", quote, `quote:${words.slice(0, QUOTE_KEY_WORDS).map((t) => t.norm).join(" ")}`, quote.speakerKind);
  }
  for (const number of features.numbers) {
    if (number.isYear) add("time", number, `time:${number.text.toLowerCase()}`);
    else add("figure", number, `figure:${number.value ?? number.text.toLowerCase()}:${number.unit ?? ""}`, null, number.value);
  }
  for (const time of features.times) add("time", time, `time:${normalizeWords(text, time.text)}`);
  for (const entity of features.entities) {
    if (entity.type === "other") continue;
    add(entity.type === "place" ? "place" : "actor", entity, `${entity.type === "place" ? "place" : "actor"}:${entityKey(entity.text)}`);
  }
  for (const condition of features.conditions) add("condition", condition, `condition:${normalizeWords(text, condition.text)}`);
  return dropNested(details);
}

/** Content words, normalised and in order: "five sources familiar" → "5 source familiar". */
export function normalizeWords(_text: string, phrase: string): string {
  return tokenize(phrase)
    .filter((token) => !token.isStop)
    .map((token) => token.norm)
    .join(" ");
}

/** People are compared by surname ("President Donald Trump" ≈ "Trump"), other entities whole. */
export function entityKey(name: string): string {
  const words = tokenize(name).filter((token) => !token.isStop);
  return words.at(-1)?.norm ?? name.toLowerCase();
}

/** Removes details lying inside another detail (any type), and duplicates of the same key. */
function dropNested(details: Detail[]): Detail[] {
  const sorted = [...details].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Detail[] = [];
  const keys = new Set<string>();
  for (const detail of sorted) {
    const container = kept.find((other) => other.start <= detail.start && other.end >= detail.end && other !== detail);
    // Actors named inside a quote or a sourcing phrase are part of it; a figure inside a
    // sourcing phrase is its count. Keep a time inside a quote: time frames matter on their own.
    if (container && !(detail.type === "time" && container.type === "quote")) continue;
    if (keys.has(detail.key)) continue;
    keys.add(detail.key);
    kept.push(detail);
  }
  return kept;
}
