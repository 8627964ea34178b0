/**
 * Helpers for the classify tests: build sentence views (with real features from
 * extractFeatures) for a small reference and a derivative, so every row of a table is two or
 * three plain sentences. Text is put after a prefix so offsets are absolute, as in real articles.
 */
import { extractFeatures } from "../features/index";
import type { CompareContext, SentenceView } from "./types";

/** The reference outlet's name in every test story. */
export const TEST_OUTLET = "Reuters";
const PREFIX = "Filed from the newsroom. ";

/** Views of `sentences` laid out one after another in one article text. */
export function buildViews(
  sentences: readonly string[],
  outletNames: readonly string[] = [TEST_OUTLET],
): SentenceView[] {
  const text = PREFIX + sentences.join(" ");
  let from = PREFIX.length;
  const spans = sentences.map((sentence) => {
    const start = text.indexOf(sentence, from);
    from = start + sentence.length;
    return { start, end: from };
  });
  return spans.map((span, index) => ({
    text,
    start: span.start,
    end: span.end,
    features: extractFeatures(
      text,
      span.start,
      span.end,
      { referenceOutletNames: [...outletNames] },
      spans[index + 1],
    ),
  }));
}

/** A comparison: the aligned reference views, the derivative view and the story context. */
export interface TestPair {
  ref: SentenceView[];
  der: SentenceView;
  ctx: CompareContext;
}

/**
 * Builds a pair. `reference` are the aligned reference sentences (empty for an unmatched
 * derivative), `context` other reference sentences placed before them and `after` after them,
 * `before` derivative sentences placed before the compared one.
 */
export function buildPair(
  reference: readonly string[],
  derivative: string,
  context: readonly string[] = [],
  before: readonly string[] = [],
  after: readonly string[] = [],
): TestPair {
  const referenceViews = buildViews([...context, ...reference, ...after]);
  const derivativeViews = buildViews([...before, derivative]);
  const der = derivativeViews[derivativeViews.length - 1];
  if (!der) throw new Error("no derivative sentence");
  return {
    ref: referenceViews.slice(
      context.length,
      context.length + reference.length,
    ),
    der,
    ctx: {
      referenceOutletNames: [TEST_OUTLET],
      referenceQuotes: referenceViews.flatMap((view) => view.features.quotes),
      referenceSentences: referenceViews,
    },
  };
}
