/**
 * attribution-dropped / attribution-added.
 *
 * Dropped (hardened): the reference credits the claim ("300 died, the ministry said") and the
 * derivative states it with no credit at all ("300 died"), so a sourced claim reads as fact. An
 * evidential hedge ("reportedly"), a reporting verb or passive ("are described as"), a credit to
 * the reference outlet, or a credit at the end of the sentence just before (rewrites often
 * credit once per paragraph) still marks it as sourced.
 *
 * Added (softened): decided as follows. A credit adds distance only when it points away from the
 * reference: a vague crowd ("media reports say"), added or replacing the reference's credit, or
 * another named outlet on a claim the reference makes in its own voice ("according to the
 * Guardian"). Crediting the reference outlet ("Reuters reported"), "the report", or the sources
 * and officials behind the reference's own reporting is faithful and gives no finding.
 */
import type { AttributionMention } from "../types";
import { describeSource } from "./compare-sources";
import { createFinding, quoteWords } from "./reason-codes";
import { collect, getSentenceWords, memoizeByView } from "./sentence-words";
import type { Detector, Finding, SentenceView } from "./types";
import { EVIDENTIAL_HEDGES, GENERIC_SOURCE_WORDS, PASSIVE_AUXILIARIES, PASSIVE_REPORTING_WORDS, REPORTING_WORDS } from "../lexicon/attribution";

// A source name this short is a pronoun or an initial, not something to find again.
const MIN_SOURCE_WORD_LENGTH = 3;
// The credit often sits in the sentence just before ("…, five sources told Reuters. Later, the
// envoy visited …"); a reporting verb in that one sentence carries it over. Only that sentence:
// a credit two sentences back belongs to its own sentence (on the seed story "…, Reuters
// reported. Later in the spring, … . As part of the engagement, officials have contacted …" let
// a dropped "those sources said" pass as faithful). NEIGHBOUR_CHARS bounds the look-back: about
// one sentence of news prose.
const NEIGHBOUR_CHARS = 250;
const NEIGHBOUR_CREDIT_RE =
  /\b(?:said|says|told|according to|reported|reports|citing|sources say)\b/i;
// Where a sentence ends inside the look-back: . ! ? (and a closing quote or bracket) before a
// space and a capital, not after a one-letter abbreviation ("U.S. officials").
const SENTENCE_END_RE = /(?<!\b\p{Lu})[.!?]["'”’)]?\s+(?=["“‘(]?\p{Lu})/gu;

/** The sentence just before `start` (within NEIGHBOUR_CHARS), or "" when there is none. */
function previousSentence(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - NEIGHBOUR_CHARS), start).trimEnd();
  let from = 0;
  for (const match of before.matchAll(SENTENCE_END_RE)) from = match.index + match[0].length;
  return before.slice(from);
}

function isCredit(mention: AttributionMention): boolean {
  return mention.sourceKind !== "reference-outlet";
}

/** true when the derivative still marks the claim as reported, whatever the attribution detector found (cached per view). */
const isStillReported = memoizeByView((view: SentenceView): boolean => {
  if (
    view.features.stances.some((stance) => EVIDENTIAL_HEDGES.has(stance.word))
  )
    return true;
  const { words } = getSentenceWords(view);
  const hasVerb = words.some(
    (word, index) =>
      (REPORTING_WORDS.has(word.lower) && words[index - 1]?.lower !== "to") ||
      (word.lower === "according" && words[index + 1]?.lower === "to"),
  );
  const hasPassive = words.some(
    (word, index) =>
      PASSIVE_REPORTING_WORDS.has(word.lower) &&
      PASSIVE_AUXILIARIES.has(words[index - 1]?.lower ?? ""),
  );
  if (hasVerb || hasPassive) return true;
  return NEIGHBOUR_CREDIT_RE.test(previousSentence(view.text, view.start));
});

/**
 * true when the derivative names the reference's source itself, whatever it does with it: "the
 * high court said" → "the high court ruled", "amid promises from the energy ministry", "the
 * ministry highlighted". The claim is still the source's, not the writer's.
 */
function namesSource(
  der: SentenceView,
  refCredits: readonly AttributionMention[],
): boolean {
  const derWords = new Set(getSentenceWords(der).words.map((word) => word.lower));
  return refCredits.some((credit) => {
    const specific = credit.source
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(
        (word) =>
          word.length >= MIN_SOURCE_WORD_LENGTH && !GENERIC_SOURCE_WORDS.has(word),
      );
    return specific.length > 0 && specific.every((word) => derWords.has(word));
  });
}

/** Compares whether each side credits its claim at all. */
export const detectAttributionPresence: Detector = (ref, der) => {
  const refCredits = collect(ref, "attributions").filter(isCredit);
  const derAttributions = der.features.attributions;
  const findings: Finding[] = [];
  const [firstCredit] = refCredits;
  if (
    firstCredit &&
    derAttributions.length === 0 &&
    !isStillReported(der) &&
    !namesSource(der, refCredits)
  ) {
    findings.push(
      createFinding(
        "attribution-dropped",
        `The reference credits this to ${quoteWords(firstCredit.source)} (${quoteWords(firstCredit.text)}); the derivative states it as fact.`,
        { reference: firstCredit.text },
      ),
    );
  }
  const refKeys = refCredits.map((mention) =>
    describeSource(mention.source, mention.sourceKind),
  );
  const isRefVague =
    refKeys.length > 0 && refKeys.every((key) => key.isDistancing);
  if (refCredits.length === 0 || !isRefVague) {
    for (const mention of derAttributions) {
      const key = describeSource(mention.source, mention.sourceKind);
      const isOtherOutlet =
        mention.sourceKind === "outlet" &&
        !key.isReport &&
        key.names.length > 0;
      // With a reference credit, only a vague crowd replacing it adds distance ("officials said" →
      // "according to media reports"); another named outlet there is attribution-changed.
      if (!key.isDistancing && !(isOtherOutlet && refCredits.length === 0))
        continue;
      const [refCredit] = refCredits;
      const detail = refCredit
        ? `The reference credits ${quoteWords(refCredit.source)}; the derivative only ${quoteWords(mention.source)}: the claim is kept at a distance.`
        : `The derivative credits this to ${quoteWords(mention.source)}, which the reference does not: the claim is kept at a distance.`;
      findings.push(
        createFinding("attribution-added", detail, {
          reference: refCredit?.text,
          derivative: mention.text,
        }),
      );
      break;
    }
  }
  return findings;
};
