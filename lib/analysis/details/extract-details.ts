import type { DetailType } from "../report/report-types";
import type { SentenceFeatures, SourceKind, Span } from "../types";
import { getPhraseKeys } from "./phrase-keys";

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
export function extractDetails(_text: string, features: SentenceFeatures): Detail[] {
  const details: Detail[] = [];
  for (const attribution of features.attributions) {
    add(details, "sourcing", attribution, toPhraseKey(SOURCING_PREFIXES[attribution.sourceKind] ?? `sourcing:${attribution.sourceKind}:`, attribution.source), attribution.sourceKind);
  }
  for (const quote of features.quotes) {
    const key = getQuoteKey(quote.text);
    if (key !== null) add(details, "quote", quote, key, quote.speakerKind);
  }
  for (const number of features.numbers) {
    if (number.isYear) add(details, "time", number, `time:${number.text.toLowerCase()}`);
    else add(details, "figure", number, `figure:${number.value ?? number.text.toLowerCase()}:${number.unit ?? ""}`, null, number.value);
  }
  for (const time of features.times) add(details, "time", time, toPhraseKey("time:", time.text));
  for (const entity of features.entities) {
    if (entity.type === "other") continue;
    const type = entity.type === "place" ? "place" : "actor";
    add(details, type, entity, toEntityKey(type, entity.text));
  }
  for (const condition of features.conditions) add(details, "condition", condition, toPhraseKey("condition:", condition.text));
  return dropNested(details);
}

/** Key prefixes of sourcing details, one string per kind (so each is hashed once, not built per call). */
const SOURCING_PREFIXES: Readonly<Record<SourceKind, string>> = {
  "named-person": "sourcing:named-person:",
  "named-organisation": "sourcing:named-organisation:",
  anonymous: "sourcing:anonymous:",
  outlet: "sourcing:outlet:",
  "reference-outlet": "sourcing:reference-outlet:",
};

/** `${prefix}${normalizeWords(phrase)}`, the same string each time the phrase recurs. */
function toPhraseKey(prefix: string, phrase: string): string {
  const entry = getPhraseKeys(phrase);
  let key = entry.detailKeys.get(prefix);
  if (key === undefined) {
    key = prefix + entry.joined;
    entry.detailKeys.set(prefix, key);
  }
  return key;
}

/** `${type}:${entityKey(name)}`, the same string each time the name recurs. */
function toEntityKey(type: "actor" | "place", name: string): string {
  const entry = getPhraseKeys(name);
  let key = entry.detailKeys.get(type);
  if (key === undefined) {
    key = `${type}:${entityKey(name)}`;
    entry.detailKeys.set(type, key);
  }
  return key;
}

function add(details: Detail[], type: DetailType, span: Span, key: string, sourceKind: SourceKind | null = null, value: number | null = null): void {
  if (key) details.push({ type, start: span.start, end: span.end, text: span.text, key, sourceKind, value });
}

/** Content words, normalised and in order: "five sources familiar" → "5 source familiar". */
export function normalizeWords(_text: string, phrase: string): string {
  return getPhraseKeys(phrase).joined;
}

/** People are compared by surname ("President Donald Trump" ≈ "Trump"), other entities whole. */
export function entityKey(name: string): string {
  return getPhraseKeys(name).keys.at(-1) ?? name.toLowerCase();
}

/** Quote text → its detail key, or null for a scare quote (a pure function of the text, so memoised). */
const quoteKeys = new Map<string, string | null>();
/** Cleared past this size, like the phrase memo: bounded memory whatever the input. */
const MAX_QUOTE_KEYS = 5_000;

/** The detail key of a quote ("quote:" and its first content words), or null when it is too short to track. */
function getQuoteKey(text: string): string | null {
  const cached = quoteKeys.get(text);
  if (cached !== undefined) return cached;
  if (quoteKeys.size >= MAX_QUOTE_KEYS) quoteKeys.clear();
  const { keys } = getPhraseKeys(text);
  const key =
    keys.length < MIN_QUOTE_WORDS - 1 || text.split(/\s+/).length < MIN_QUOTE_WORDS
      ? null
      : `quote:${keys.slice(0, QUOTE_KEY_WORDS).join(" ")}`;
  quoteKeys.set(text, key);
  return key;
}

/** Removes details lying inside another detail (any type), and duplicates of the same key. */
function dropNested(details: Detail[]): Detail[] {
  if (details.length < 2) return details;
  details.sort(compareSpans); // stable: equal spans keep their extraction order
  const kept: Detail[] = [];
  for (const detail of details) {
    const container = findContainer(kept, detail);
    // Actors named inside a quote or a sourcing phrase are part of it; a figure inside a
    // sourcing phrase is its count. Keep a time inside a quote: time frames matter on their own.
    if (container && !(detail.type === "time" && container.type === "quote")) continue;
    if (hasKey(kept, detail.key)) continue;
    kept.push(detail);
  }
  return kept;
}

function compareSpans(a: Detail, b: Detail): number {
  return a.start - b.start || b.end - a.end;
}

/** The first kept detail spanning `detail` (a sentence has a handful of details: a scan beats a set). */
function findContainer(kept: readonly Detail[], detail: Detail): Detail | undefined {
  for (const other of kept) if (other.start <= detail.start && other.end >= detail.end && other !== detail) return other;
  return undefined;
}

function hasKey(kept: readonly Detail[], key: string): boolean {
  for (const other of kept) if (other.key === key) return true;
  return false;
}
