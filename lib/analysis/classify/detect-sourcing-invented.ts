/**
 * sourcing-invented (invented): a sentence with no counterpart in the reference credits its
 * details to unnamed insiders ("sources said", "officials familiar with the talks", "a White
 * House source") — presenting as inside reporting what the reference never reported. Credits to
 * outside voices ("analysts expect") are added material, not invented sourcing. Used for
 * unmatched sentences, and by detect-inference-added for a new clause inside a matched sentence
 * ("…, a move officials say could redraw the map"); any other credit on a matched sentence is
 * compared by detect-source-change.
 */
import { INSIDER_ROLES } from "../lexicon/attribution";
import { describeSource } from "./compare-sources";
import { createFinding, quoteWords } from "./reason-codes";
import type { AttributionMention } from "../types";
import type { CompareContext, Finding, SentenceView } from "./types";

/** true for a credit to unnamed insiders ("sources", "officials familiar with the talks"). */
export function isInsiderCredit(mention: AttributionMention): boolean {
  if (mention.sourceKind !== "anonymous") return false;
  const key = describeSource(mention.source, mention.sourceKind);
  return !key.isPronoun && key.role !== null && INSIDER_ROLES.has(key.role);
}

/** The sourcing-invented finding for a credit to unnamed insiders. */
export function inventedSourcingFinding(mention: AttributionMention): Finding {
  return createFinding(
    "sourcing-invented",
    `The sentence credits ${quoteWords(mention.source)} for details the reference never reported.`,
    { derivative: mention.text },
  );
}

/** Finds credits to unnamed insiders in a sentence the reference does not carry. */
export function detectSourcingInvented(
  der: SentenceView,
  _ctx: CompareContext,
): Finding[] {
  const mention = der.features.attributions.find(isInsiderCredit);
  return mention ? [inventedSourcingFinding(mention)] : [];
}
