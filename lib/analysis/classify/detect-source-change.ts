/**
 * attribution-changed: the claim is credited to a different source than in the reference —
 * "sources" → "officials", "aides" → "campaign staff", one named person → another, an unnamed
 * source given a name. Only clear substitutions count: a reference source with no compatible
 * derivative source, and a derivative source with no compatible reference source (see
 * compare-sources.ts for what "compatible" allows).
 */
import type { AttributionMention } from "../types";
import {
  describeSource,
  isCompatibleSource,
  type SourceKey,
} from "./compare-sources";
import { createFinding, quoteWords } from "./reason-codes";
import { collect } from "./sentence-words";
import type { Detector, Finding } from "./types";

interface Keyed {
  mention: AttributionMention;
  key: SourceKey;
}

function toKeyed(mentions: readonly AttributionMention[]): Keyed[] {
  return mentions
    .filter((mention) => mention.sourceKind !== "reference-outlet")
    .map((mention) => ({
      mention,
      key: describeSource(mention.source, mention.sourceKind),
    }));
}

/** Compares who the claim is credited to. */
export const detectSourceChange: Detector = (ref, der) => {
  const refSources = toKeyed(collect(ref, "attributions"));
  if (refSources.length === 0) return [];
  const derSources = toKeyed(der.features.attributions);
  if (derSources.length === 0) return [];
  const lostRef = refSources.filter(
    (item) =>
      !derSources.some((other) => isCompatibleSource(item.key, other.key)),
  );
  const newDer = derSources.filter(
    (item) =>
      !refSources.some((other) => isCompatibleSource(other.key, item.key)),
  );
  const findings: Finding[] = [];
  newDer.forEach((item, position) => {
    const partner = lostRef[Math.min(position, lostRef.length - 1)];
    if (!partner) return;
    findings.push(
      createFinding(
        "attribution-changed",
        `The reference credits ${quoteWords(partner.mention.source)}; the derivative credits ${quoteWords(item.mention.source)}.`,
        { reference: partner.mention.source, derivative: item.mention.source },
      ),
    );
  });
  return findings;
};
