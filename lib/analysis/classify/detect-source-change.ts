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

/**
 * An institution and the person who heads it, written alike ("the energy ministry" → "the energy
 * minister", "the presidency" → "the president"): a stem-based comparison takes them for one
 * source, yet a ministry's statement is not its minister's. Generic English, institution → head.
 */
const INSTITUTION_HEADS: ReadonlyMap<string, string> = new Map([
  ["ministry", "minister"],
  ["ministries", "ministers"],
  ["presidency", "president"],
  ["embassy", "ambassador"],
  ["mayoralty", "mayor"],
  ["governorate", "governor"],
  ["directorate", "director"],
  ["secretariat", "secretary"],
  ["chancellery", "chancellor"],
  ["premiership", "premier"],
]);

function toLowerWords(source: string): string[] {
  return source.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The institution ↔ head swap between a reference source and a derivative source, if any. */
function findHeadSwap(refSource: string, derSource: string): boolean {
  const refWords = toLowerWords(refSource);
  const derWords = toLowerWords(derSource);
  if (refWords.length !== derWords.length) return false;
  let swaps = 0;
  for (const [index, word] of refWords.entries()) {
    const other = derWords[index];
    if (other === word) continue;
    if (INSTITUTION_HEADS.get(word) === other || INSTITUTION_HEADS.get(other ?? "") === word) swaps += 1;
    else return false;
  }
  return swaps === 1;
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
  for (const item of derSources) {
    const partner = refSources.find((other) => findHeadSwap(other.mention.source, item.mention.source));
    if (!partner) continue;
    findings.push(
      createFinding(
        "attribution-changed",
        `The reference credits ${quoteWords(partner.mention.source)}; the derivative credits ${quoteWords(item.mention.source)}: an institution and the person who heads it are different sources.`,
        { reference: partner.mention.source, derivative: item.mention.source },
      ),
    );
    return findings;
  }
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
