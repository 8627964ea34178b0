/**
 * superlative-widened / superlative-narrowed: "one of the largest" → "the largest" (hardened:
 * the scope that made it one among several is gone) and the reverse (softened). Superlatives are
 * paired by their adjective ("largest", "most structured"); a lone one on each side pairs too.
 */
import type { SuperlativeMention } from "../types";
import { createFinding, quoteWords } from "./reason-codes";
import { collect } from "./sentence-words";
import type { Detector, Finding } from "./types";

const LAST_WORD_RE = /[\p{L}\p{N}-]+$/u;

function adjectiveOf(mention: SuperlativeMention): string {
  return (LAST_WORD_RE.exec(mention.text)?.[0] ?? mention.text).toLowerCase();
}

/** Compares the scope of superlatives. */
export const detectSuperlativeChange: Detector = (ref, der) => {
  const refMentions = collect(ref, "superlatives");
  const derMentions = der.features.superlatives;
  const findings: Finding[] = [];
  const used = new Set<SuperlativeMention>();
  for (const item of derMentions) {
    const adjective = adjectiveOf(item);
    let partner = refMentions.find(
      (candidate) =>
        !used.has(candidate) && adjectiveOf(candidate) === adjective,
    );
    if (!partner && refMentions.length === 1 && derMentions.length === 1)
      partner = refMentions[0];
    if (!partner) continue;
    used.add(partner);
    const evidence = { reference: partner.text, derivative: item.text };
    if (partner.isScoped && !item.isScoped) {
      findings.push(
        createFinding(
          "superlative-widened",
          `${quoteWords(partner.text)} became ${quoteWords(item.text)}: one among several is now the only one.`,
          evidence,
        ),
      );
    } else if (!partner.isScoped && item.isScoped) {
      findings.push(
        createFinding(
          "superlative-narrowed",
          `${quoteWords(partner.text)} became ${quoteWords(item.text)}: the only one is now one among several.`,
          evidence,
        ),
      );
    }
  }
  return findings;
};
