/**
 * Feature extraction for one sentence: numbers, quantifiers, stance, modals, negation,
 * superlatives, times, attributions, quotes, entities, unknowns and conditions. Pure and
 * synchronous; every offset is absolute into the article text and slices back exactly.
 */
import type {
  AttributionMention,
  FeatureContext,
  SentenceFeatures,
} from "../types";
import { findAttributions, type AttributionFinding } from "./attributions";
import { compileReferenceNames } from "./classify-source";
import { findEntities } from "./entities";
import { findModals } from "./modals";
import { findNegations } from "./negation";
import { findNumbers } from "./numbers";
import { findQuantifiers } from "./quantifiers";
import { findQuoteRanges, findQuotes } from "./quotes";
/** Quotations continued in the next sentence of a paragraph take the credited speaker. */
export { creditContinuedQuotes } from "./quotes";
import { findStances } from "./stance";
import { findSuperlatives } from "./superlatives";
import { findTimes } from "./times";
import { createSentenceView } from "../text/tokenize";
import { findConditions, findUnknowns } from "./unknowns-conditions";

/** The reference outlet's self-names, from its own text ("told Reuters" → ["Reuters"]). */
export { inferReferenceOutletNames } from "./outlet-names";
/** Characters of one sentence that extractFeatures reads; the rest is ignored. */
export { MAX_SENTENCE_CHARS } from "../text/tokenize";

/**
 * Analyses the sentence `text.slice(start, end)` (the first MAX_SENTENCE_CHARS characters of
 * it). `next`, when given, is the following sentence: a quotation whose speaker is named there
 * ("“…” / He said.") is credited to that pronoun.
 */
export function extractFeatures(
  text: string,
  start: number,
  end: number,
  ctx: FeatureContext,
  next?: { start: number; end: number },
): SentenceFeatures {
  const view = createSentenceView(text, start, end);
  const names = compileReferenceNames(ctx.referenceOutletNames);
  const quoteRanges = findQuoteRanges(view);
  const attributionFindings = findAttributions(view, names, quoteRanges);
  const attributions: AttributionMention[] =
    attributionFindings.map(toAttributionMention);
  return {
    numbers: findNumbers(view),
    quantifiers: findQuantifiers(view),
    stances: findStances(view),
    modals: findModals(view),
    negations: findNegations(view),
    superlatives: findSuperlatives(view),
    times: findTimes(view),
    attributions,
    quotes: findQuotes(view, quoteRanges, attributionFindings, next),
    entities: findEntities(view, names),
    unknowns: findUnknowns(view),
    conditions: findConditions(view),
  };
}

/** The mention without the quote detector's `isChannel` flag, fields in their usual order. */
function toAttributionMention(finding: AttributionFinding): AttributionMention {
  return {
    start: finding.start,
    end: finding.end,
    text: finding.text,
    sourceKind: finding.sourceKind,
    source: finding.source,
    verb: finding.verb,
    count: finding.count,
    isDoubting: finding.isDoubting,
  };
}
