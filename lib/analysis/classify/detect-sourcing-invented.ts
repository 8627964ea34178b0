/**
 * sourcing-invented (invented): a sentence with no counterpart in the reference credits its
 * details to unnamed insiders ("sources said", "officials familiar with the talks", "a White
 * House source") — presenting as inside reporting what the reference never reported. Credits to
 * outside voices ("analysts expect") are added material, not invented sourcing. Used for
 * unmatched sentences only: on a matched sentence the credit is compared by detect-source-change.
 */
import { describeSource, INSIDER_ROLES } from "./compare-sources";
import { createFinding, quoteWords } from "./reason-codes";
import type { CompareContext, Finding, SentenceView } from "./types";

/** Finds credits to unnamed insiders in a sentence the reference does not carry. */
export function detectSourcingInvented(
  der: SentenceView,
  _ctx: CompareContext,
): Finding[] {
  for (const mention of der.features.attributions) {
    if (mention.sourceKind !== "anonymous") continue;
    const key = describeSource(mention.source, mention.sourceKind);
    if (key.isPronoun || key.role === null || !INSIDER_ROLES.has(key.role))
      continue;
    return [
      createFinding(
        "sourcing-invented",
        `The sentence credits ${quoteWords(mention.source)} for details the reference never reported.`,
        {
          derivative: mention.text,
        },
      ),
    ];
  }
  return [];
}
