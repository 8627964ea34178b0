/**
 * Finds where a derivative's quotation comes from in the reference: one of its quotations (with
 * the words that differ), a sentence it paraphrased (the derivative put the reference's own
 * words in quotation marks), or nowhere. Shared by the matched and the unmatched classifiers.
 */
import type { QuoteMention } from "../types";
import { describeSource, type SourceKey } from "./compare-sources";
import {
  countCommonWords,
  diffQuoteWords,
  toQuoteWords,
  type WordDiff,
} from "./quote-words";
import {
  getReferenceIndex,
  type IndexedQuote,
  type IndexedSentence,
} from "./reference-index";
import type { CompareContext, SentenceView } from "./types";
import { createViewSlot } from "./view-memo";
import { CHANNEL_PHRASES } from "../lexicon/attribution";

/** Where a derivative quotation comes from. */
export type QuoteOrigin =
  | { kind: "quote"; source: IndexedQuote; diff: WordDiff }
  | { kind: "paraphrase"; source: IndexedSentence; diff: WordDiff }
  | { kind: "none" }
  | { kind: "too-short" };

/** A derivative quotation with its words, speaker and origin. */
export interface MatchedQuote {
  mention: QuoteMention;
  words: string[];
  speaker: SourceKey | null;
  origin: QuoteOrigin;
}

// Quotations shorter than this are scare quotes ("recognition", "pretty close"): they are
// checked against the reference's quotations (a speaker swap is still a swap) but never called
// invented or fabricated on their own.
export const MIN_CHECKED_QUOTE_WORDS = 3;
// A reference quotation is the source when it holds at least half of the derivative's quoted
// words in order; below that the two share phrases, not a quotation.
const MIN_QUOTE_SHARE = 0.5;
// A reference sentence is the source of a quotation when it holds 70% of its words in order:
// enough to be the same sentence with a few words changed, too much for coincidence.
const MIN_PARAPHRASE_SHARE = 0.7;
// Cheap pre-check before the in-order comparison: share of the quoted words found at all.
const MIN_PREFILTER_SHARE = 0.6;

const cache = createViewSlot<{ ctx: CompareContext; quotes: MatchedQuote[] }>();

/** A quotation's words and origin: a pure function of its text and the story's reference. */
interface QuoteReading {
  words: string[];
  origin: QuoteOrigin;
}

/**
 * Quotation text → its reading, per story. Republished copies repeat the same quotations, and
 * each reading costs a longest-common-subsequence pass over the reference's quotations.
 */
const readings = new WeakMap<CompareContext, Map<string, QuoteReading>>();
/** Cleared past this size: a story has a few hundred distinct quotations; memory stays bounded. */
const MAX_READINGS = 5_000;

function readQuote(text: string, ctx: CompareContext): QuoteReading {
  let memo = readings.get(ctx);
  if (memo === undefined) {
    memo = new Map();
    readings.set(ctx, memo);
  }
  const cached = memo.get(text);
  if (cached !== undefined) return cached;
  if (memo.size >= MAX_READINGS) memo.clear();
  const words = toQuoteWords(text);
  const reading = { words, origin: findOrigin(words, ctx) };
  memo.set(text, reading);
  return reading;
}

/** Matches every quotation of the derivative sentence against the reference (cached per view and context). */
export function matchQuotes(
  der: SentenceView,
  ctx: CompareContext,
): MatchedQuote[] {
  if (der.features.quotes.length === 0) return [];
  const cached = cache.get(der);
  if (cached && cached.ctx === ctx) return cached.quotes;
  const quotes = der.features.quotes.map((mention) => {
    const { words, origin } = readQuote(mention.text, ctx);
    const speaker =
      mention.speaker === null
        ? null
        : describeSource(mention.speaker, mention.speakerKind);
    return { mention, words, speaker, origin };
  });
  cache.set(der, { ctx, quotes });
  return quotes;
}

function findOrigin(
  words: readonly string[],
  ctx: CompareContext,
): QuoteOrigin {
  if (words.length === 0) return { kind: "too-short" };
  const index = getReferenceIndex(ctx);
  const isShort = words.length < MIN_CHECKED_QUOTE_WORDS;
  let best: { source: IndexedQuote; common: number } | null = null;
  for (const source of index.quotes) {
    if (!words.some((word) => source.wordSet.has(word))) continue;
    const common = countCommonWords(words, source.words);
    if (!best || common > best.common) best = { source, common };
  }
  if (best) {
    const diff = diffQuoteWords(best.source.words, words);
    const isContained = diff.inserted.length === 0 && diff.removed.length === 0;
    if (
      isShort
        ? isContained
        : best.common >= 2 && best.common / words.length >= MIN_QUOTE_SHARE
    ) {
      return { kind: "quote", source: best.source, diff };
    }
  }
  if (isShort) return { kind: "too-short" };
  let paraphrase: { source: IndexedSentence; common: number } | null = null;
  for (const source of index.sentences) {
    let present = 0;
    for (const word of words) if (source.wordSet.has(word)) present += 1;
    if (present / words.length < MIN_PREFILTER_SHARE) continue;
    const common = countCommonWords(words, source.words);
    if (!paraphrase || common > paraphrase.common)
      paraphrase = { source, common };
  }
  if (paraphrase && paraphrase.common / words.length >= MIN_PARAPHRASE_SHARE) {
    return {
      kind: "paraphrase",
      source: paraphrase.source,
      diff: diffQuoteWords(paraphrase.source.words, words),
    };
  }
  return { kind: "none" };
}

/** true when the derivative credits the quotation to the reference itself ("according to the report", "Reuters reported"). */
export function isCreditedToReference(
  quote: MatchedQuote,
  der: SentenceView,
): boolean {
  if (
    quote.mention.speakerKind === "reference-outlet" ||
    quote.speaker?.isReport === true
  )
    return true;
  return der.features.attributions.some((mention) => {
    // "told Reuters", "quoted by Reuters": the outlet is the channel, the speaker is someone else.
    if (
      mention.sourceKind === "reference-outlet" &&
      !CHANNEL_PHRASES.has(mention.verb)
    )
      return true;
    return describeSource(mention.source, mention.sourceKind).isReport;
  });
}
