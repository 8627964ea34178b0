/**
 * Derivative sentences aligned to no reference claim: new material. It is invented when it is
 * presented as coming from the reference's reporting or from unnamed insiders (quote-invented,
 * reference-attribution-invented, sourcing-invented) and added otherwise (added-material:
 * background, analysis, named experts, other outlets).
 *
 * A false "invented" is worse than a missed one, so a sentence whose content words mostly occur
 * together in one reference sentence is treated as a paraphrase the aligner missed: its
 * sourcing is not called invented (quotations are still checked; they are matched word by word).
 */
import { detectQuoteChange } from "./detect-quote-change";
import {
  hasReferenceCredit,
  listUnsupportedDetails,
} from "./detect-reference-attribution";
import { detectSourcingInvented } from "./detect-sourcing-invented";
import { getReferenceIndex } from "./reference-index";
import { createFinding, quoteWords } from "./reason-codes";
import { getSentenceWords } from "./sentence-words";
import type { CompareContext, Finding, SentenceView } from "./types";

// Share of the sentence's content words found in one reference sentence above which the
// sentence is probably a missed paraphrase of it. Aligned paraphrases on the seed story share
// well over half their content words; new sentences on the same topic share names and a verb.
const MISSED_ALIGNMENT_SHARE = 0.6;
// Below this share a sentence is about something the reference does not say at all: two or
// three shared names in a sentence of ten content words.
const UNRELATED_SHARE = 0.3;

/** Classifies a derivative sentence that carries no reference claim. */
export function classifyUnmatched(
  der: SentenceView,
  ctx: CompareContext,
): Finding[] {
  const findings = detectQuoteChange([], der, ctx);
  const share = findBestShare(der, ctx);
  if (share < MISSED_ALIGNMENT_SHARE) {
    const details = hasReferenceCredit(der)
      ? listUnsupportedDetails(der, ctx)
      : [];
    // Credited to the reference with nothing checkable in it: invented only when it is also far
    // from every reference sentence (otherwise a loose paraphrase of the reference's lead).
    if (
      hasReferenceCredit(der) &&
      (details.length > 0 || share < UNRELATED_SHARE)
    ) {
      const credit = der.features.attributions.find(
        (mention) => mention.sourceKind === "reference-outlet",
      );
      findings.push(
        createFinding(
          "reference-attribution-invented",
          `The sentence credits the reference (${quoteWords(credit?.text ?? "")}) for material the reference does not contain${details.length > 0 ? `, including ${details.map(quoteWords).join(", ")}` : ""}.`,
          { derivative: credit?.text },
        ),
      );
    }
    // A sentence credited to the reference is its sources' reporting when it is close to the
    // reference: its "sources" are the reference's sources, not invented ones.
    const isReferenceReporting =
      hasReferenceCredit(der) && share >= UNRELATED_SHARE;
    if (
      !isReferenceReporting &&
      !findings.some((finding) => finding.effect === "invented")
    )
      findings.push(...detectSourcingInvented(der, ctx));
  }
  findings.push(createFinding("added-material", describeAddition(der), {}));
  return findings;
}

function describeAddition(der: SentenceView): string {
  const external = der.features.attributions.find(
    (mention) =>
      mention.sourceKind === "named-person" ||
      mention.sourceKind === "outlet" ||
      mention.sourceKind === "named-organisation",
  );
  if (external)
    return `New material with no counterpart in the reference, credited to ${quoteWords(external.source)}.`;
  return "New material with no counterpart in the reference (background, analysis or other sources).";
}

/**
 * The largest share of the sentence's content words that one reference sentence contains.
 * Counted through the reference's inverted index: only sentences sharing a word are touched.
 */
function findBestShare(der: SentenceView, ctx: CompareContext): number {
  const content = getSentenceWords(der).content;
  if (content.size === 0) return 0;
  const index = getReferenceIndex(ctx);
  const shared = new Int32Array(index.sentences.length);
  let mostShared = 0;
  for (const key of content) {
    const positions = index.sentencesByContentKey.get(key);
    if (positions === undefined) continue;
    for (const position of positions) {
      const count = (shared[position] ?? 0) + 1;
      shared[position] = count;
      if (count > mostShared) mostShared = count;
    }
  }
  // Dividing by the same size keeps the order, so the best share is the most shared words' share.
  return mostShared / content.size;
}
