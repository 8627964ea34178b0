import type { DetailType, Reason, ReportArticle, SentenceLabel } from "@/lib/analysis";
import type { ClaimInRevision } from "./types";

/** A detail claim as one revision carries it. */
export interface DetailInRevision {
  claimId: string;
  /** The statement (or new-material unit) it belongs to. */
  unitId: string;
  detailType: DetailType | null;
  text: string;
  label: SentenceLabel;
  reasons: Reason[];
}

/** What one revision says, claim by claim: statements (and new-material sentences) and their details. */
export interface RevisionClaims {
  units: Map<string, ClaimInRevision>;
  details: Map<string, DetailInRevision>;
  /** Unit ids in the revision's reading order. */
  order: string[];
}

/** The key of a sentence that carries no reference claim: its words, lower-cased, so a later revision finds it again. */
export function newMaterialKey(text: string): string {
  return `new:${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()}`;
}

/**
 * Reads an engine report of one revision as claims: each reference statement it carries (the
 * sentence's first match: the claim it is labelled against), each sentence of new material, and
 * each detail with the unit it belongs to. A claim carried twice keeps its first sentence.
 */
export function readRevisionClaims(article: ReportArticle, detailTypes: ReadonlyMap<string, { parentId?: string; detailType: DetailType | null }>): RevisionClaims {
  const units = new Map<string, ClaimInRevision>();
  const details = new Map<string, DetailInRevision>();
  const order: string[] = [];
  for (const sentence of article.sentences) {
    const unitId = sentence.matches[0]?.claimId ?? newMaterialKey(sentence.text);
    if (!units.has(unitId)) {
      units.set(unitId, { label: sentence.label, reasons: sentence.reasons, sentence: { text: sentence.text, start: sentence.start, end: sentence.end } });
      order.push(unitId);
    }
    for (const detail of sentence.details) {
      if (details.has(detail.claimId)) continue;
      const known = detailTypes.get(detail.claimId);
      details.set(detail.claimId, {
        claimId: detail.claimId,
        unitId: known?.parentId ?? unitId,
        detailType: known?.detailType ?? null,
        text: detail.text,
        label: detail.label,
        reasons: detail.reasons,
      });
    }
  }
  return { units, details, order };
}
