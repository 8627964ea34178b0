/**
 * source-count-changed: the number of sources differs — "five sources" → "three sources", "two
 * of the sources" → "a source". Altered: how well-sourced a claim is, is a fact about it.
 */
import { createFinding, quoteWords } from "./reason-codes";
import { collect } from "./sentence-words";
import type { Detector, Finding } from "./types";

/** Compares the stated counts of sources. */
export const detectSourceCountChange: Detector = (ref, der) => {
  const refCounted = collect(ref, "attributions").filter(
    (mention) => mention.count !== null,
  );
  if (refCounted.length === 0) return [];
  const findings: Finding[] = [];
  for (const mention of der.features.attributions) {
    if (
      mention.count === null ||
      refCounted.some((other) => other.count === mention.count)
    )
      continue;
    const partner = refCounted[0];
    if (!partner) continue;
    findings.push(
      createFinding(
        "source-count-changed",
        `The reference cites ${quoteWords(partner.source)} (${partner.count}); the derivative cites ${quoteWords(mention.source)} (${mention.count}).`,
        { reference: partner.source, derivative: mention.source },
      ),
    );
  }
  return findings;
};
