/**
 * superlative-widened / superlative-narrowed: "one of the largest" → "the largest" (hardened:
 * the scope that made it one among several is gone) and the reverse (softened). Superlatives are
 * paired by their adjective ("largest", "most structured"); a lone one on each side pairs too.
 */
import type { SuperlativeMention } from "../types";
import { createFinding, quoteWords } from "./reason-codes";
import { collect, getSentenceWords } from "./sentence-words";
import type { Detector, Finding, SentenceView } from "./types";

const LAST_WORD_RE = /[\p{L}\p{N}-]+$/u;
// "one of the countries at greatest risk": the scope may sit a few words before the superlative,
// past the noun it counts; 40 characters is about five words.
const SCOPE_LOOKBACK_CHARS = 40;
const LOOSE_SCOPE_RE = /\b(?:one|some|several|many|among)\s+(?:of\s+)?the\b[^.;:]*$/i;

/** true when the superlative is one among several, counting a scope a few words before it. */
function isScopedIn(views: readonly SentenceView[], mention: SuperlativeMention): boolean {
  if (mention.isScoped) return true;
  const view = views.find((candidate) => candidate.start <= mention.start && mention.end <= candidate.end);
  if (!view) return false;
  const before = view.text.slice(Math.max(view.start, mention.start - SCOPE_LOOKBACK_CHARS), mention.start);
  return LOOSE_SCOPE_RE.test(before);
}

/**
 * "first" → "only" ("the town's first female mayor" → "the town's only female mayor"):
 * the first of a kind is not the only one, so the derivative claims more. Paired on the word that
 * follows; the reverse ("only" → "first") claims less.
 */
function compareFirstOnly(ref: readonly SentenceView[], der: SentenceView): Finding[] {
  const pairs = (view: SentenceView, head: string): Set<string> => {
    const { words } = getSentenceWords(view);
    const next = new Set<string>();
    words.forEach((word, index) => {
      const following = words[index + 1];
      if (word.lower === head && following && !following.isStop) next.add(following.norm);
    });
    return next;
  };
  const findings: Finding[] = [];
  const derOnly = pairs(der, "only");
  const derFirst = pairs(der, "first");
  for (const view of ref) {
    const refFirst = pairs(view, "first");
    const refOnly = pairs(view, "only");
    const widened = [...derOnly].find((word) => refFirst.has(word) && !refOnly.has(word));
    const narrowed = [...derFirst].find((word) => refOnly.has(word) && !refFirst.has(word));
    if (widened !== undefined)
      findings.push(createFinding("superlative-widened", `“first” became “only”: the first of its kind is now the only one.`, { reference: "first", derivative: "only" }));
    else if (narrowed !== undefined)
      findings.push(createFinding("superlative-narrowed", `“only” became “first”: the only one is now the first of several.`, { reference: "only", derivative: "first" }));
    if (findings.length > 0) break;
  }
  return findings;
}

function adjectiveOf(mention: SuperlativeMention): string {
  return (LAST_WORD_RE.exec(mention.text)?.[0] ?? mention.text).toLowerCase();
}

/** Compares the scope of superlatives. */
export const detectSuperlativeChange: Detector = (ref, der) => {
  const refMentions = collect(ref, "superlatives");
  const derMentions = der.features.superlatives;
  const findings: Finding[] = compareFirstOnly(ref, der);
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
    const isRefScoped = isScopedIn(ref, partner);
    const isDerScoped = isScopedIn([der], item);
    if (isRefScoped && !isDerScoped) {
      findings.push(
        createFinding(
          "superlative-widened",
          `${quoteWords(partner.text)} became ${quoteWords(item.text)}: one among several is now the only one.`,
          evidence,
        ),
      );
    } else if (!isRefScoped && isDerScoped) {
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
