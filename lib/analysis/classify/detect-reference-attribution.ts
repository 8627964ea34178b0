/**
 * reference-attribution-invented (invented): the derivative credits the reference outlet ("X
 * told Reuters", "Reuters reported that …") for a detail the reference does not carry anywhere:
 * a quotation, a figure, or a person or organisation it never names. A sentence that credits the
 * reference for what the reference does say is faithful: "according to Reuters" on a matched
 * claim gives no finding. Whole unmatched sentences are judged in classify-unmatched.ts.
 */
import { matchQuotes } from "./quote-match";
import { getReferenceIndex, type ReferenceIndex } from "./reference-index";
import { createFinding, quoteWords } from "./reason-codes";
import { overlapsAny } from "./sentence-words";
import { getKeyedEntities, hasIndexedName } from "./name-match";
import type { CompareContext, Detector, SentenceView } from "./types";

/** true when the sentence credits the reference outlet ("told Reuters", "Reuters reported"). */
export function hasReferenceCredit(view: SentenceView): boolean {
  return view.features.attributions.some(
    (mention) => mention.sourceKind === "reference-outlet",
  );
}

/** Details of the sentence the reference carries nowhere: quotations, figures, people and organisations. */
export function listUnsupportedDetails(
  view: SentenceView,
  ctx: CompareContext,
): string[] {
  const index = getReferenceIndex(ctx);
  const details: string[] = [];
  for (const quote of matchQuotes(view, ctx))
    if (quote.origin.kind === "none") details.push(quote.mention.text);
  const skipped = [
    ...view.features.quotes,
    ...view.features.attributions.filter((mention) => mention.count !== null),
  ];
  for (const number of view.features.numbers) {
    if (number.value === null || overlapsAny(skipped, number.start, number.end))
      continue;
    const known = number.isYear ? index.years : index.numberValues;
    if (!known.has(number.value)) details.push(number.text);
  }
  const { outletKeys } = index;
  const otherOutlets = view.features.attributions.filter(
    (mention) => mention.sourceKind === "outlet",
  );
  const credits = view.features.attributions.filter(
    (mention) => mention.sourceKind === "reference-outlet",
  );
  for (const entity of getKeyedEntities(view)) {
    if (
      (entity.type !== "person" && entity.type !== "organisation") ||
      entity.keys.length === 0
    )
      continue;
    if (
      entity.keys.some((key) => outletKeys.has(key)) ||
      overlapsAny(otherOutlets, entity.start, entity.end) ||
      overlapsAny(view.features.quotes, entity.start, entity.end)
    )
      continue;
    if (isByline(view, credits, entity.start)) continue;
    if (!entity.keys.some((key) => isKnownName(index, key)))
      details.push(entity.text);
  }
  return details;
}

// "a Reuters exclusive by Gram Slattery", "Reuters reported … by": the name right after "by"
// following the credit is the reporter, who is not named in the article body.
const BYLINE_GAP_RE = /^[\s,]*by\s+$/i;

function isByline(
  view: SentenceView,
  credits: readonly { end: number }[],
  entityStart: number,
): boolean {
  return credits.some(
    (credit) =>
      credit.end <= entityStart &&
      BYLINE_GAP_RE.test(view.text.slice(credit.end, entityStart)),
  );
}

function isKnownName(index: ReferenceIndex, key: string): boolean {
  return index.content.has(key) || hasIndexedName(index.nameKeys, key);
}

/** Finds details credited to the reference outlet that the reference does not carry. */
export const detectReferenceAttribution: Detector = (_ref, der, ctx) => {
  if (!hasReferenceCredit(der)) return [];
  const details = listUnsupportedDetails(der, ctx);
  if (details.length === 0) return [];
  const credit = der.features.attributions.find(
    (mention) => mention.sourceKind === "reference-outlet",
  );
  const listed = details.map(quoteWords).join(", ");
  return [
    createFinding(
      "reference-attribution-invented",
      `The derivative credits the reference (${quoteWords(credit?.text ?? "")}) for ${listed}, which the reference does not carry.`,
      { derivative: details.join("; ") },
    ),
  ];
};
