import { diffWords } from "diff";
import { createStoryAnalysis, type ArticleInput, type DetailType, type Reason, type ReportArticle } from "@/lib/analysis";
import { describeAspect } from "./describe-aspect";
import { isSameRevisionText } from "./normalize-revision-text";
import { readRevisionClaims, type DetailInRevision, type RevisionClaims } from "./read-revision-claims";
import type { ChangeAspect, ClaimChange, ClaimInRevision, RevisionComparison, WordDiffPart } from "./types";

/**
 * Most word-diff edits computed for one sentence pair; past it the diff is left out (null). A
 * sentence pair needs a few dozen; 2,000 bounds an adversarial 100 KB "sentence" to milliseconds.
 */
const MAX_SENTENCE_EDITS = 500;
/** Most edits for the whole-text diff (includeTrivial): a long article rewritten from scratch needs ~10k. */
const MAX_TEXT_EDITS = 2_000;
/**
 * Two sentences of new material (no reference claim) are one claim across revisions when at
 * least this share of their words is shared (Dice): a typo or a changed figure keeps ~0.9, an
 * unrelated sentence stays below 0.3.
 */
const SAME_NEW_MATERIAL_DICE = 0.6;

export interface CompareRevisionsInput {
  /** The story's reference: both revisions are analysed against it. */
  reference: ArticleInput;
  /** Names the reference outlet goes by, as for the story's analysis. */
  referenceOutletNames?: string[];
  before: string;
  after: string;
  /** Also list rewordings that change no claim, and give the whole-text word diff. */
  includeTrivial?: boolean;
}

/**
 * Claim-level change between two revisions of an article: both are analysed against the same
 * reference (one analysis, so new details get the same ids in both), and each claim the later
 * revision added, dropped or changed is reported with how (the label and reason codes that
 * differ, details gained or lost) and the word diff of its sentence. Changes that alter no claim
 * are counted, and listed only with `includeTrivial`. Pure and deterministic.
 */
export function compareRevisions(input: CompareRevisionsInput): RevisionComparison {
  const analysis = createStoryAnalysis(input.reference, { referenceOutletNames: input.referenceOutletNames ?? [] });
  const before = analysis.analyze({ file: "before", text: input.before });
  const after = analysis.analyze({ file: "after", text: input.after });
  return compareRevisionReports(analysis.report([before, after]), before, after, input);
}

/** {@link compareRevisions} on two reports from one story analysis (so several revisions share one). */
export function compareRevisionReports(
  report: { reference: { claims: { id: string; kind: string; parentId?: string; detailType?: DetailType; text: string }[] }; newClaims: { id: string; detailType: DetailType; text: string }[] },
  beforeReport: ReportArticle,
  afterReport: ReportArticle,
  input: Pick<CompareRevisionsInput, "before" | "after" | "includeTrivial">,
): RevisionComparison {
  const known = new Map<string, { parentId?: string; detailType: DetailType | null }>();
  const claimText = new Map<string, string>();
  for (const claim of report.reference.claims) {
    claimText.set(claim.id, claim.text);
    if (claim.kind === "detail") known.set(claim.id, { parentId: claim.parentId, detailType: claim.detailType ?? null });
  }
  for (const claim of report.newClaims) known.set(claim.id, { detailType: claim.detailType });

  const before = readRevisionClaims(beforeReport, known);
  const after = readRevisionClaims(afterReport, known);
  pairNewMaterial(before, after);

  const ids = [...after.order, ...before.order.filter((id) => !after.units.has(id))];
  const changes: ClaimChange[] = [];
  for (const id of ids) {
    const change = compareUnit(id, before, after, claimText.get(id));
    if (change) changes.push(change);
  }
  const isTextChanged = !isSameRevisionText(input.before, input.after);
  const meaningful = changes.filter((change) => change.kind !== "reworded");
  const warnings = [...new Set([...beforeReport.warnings, ...afterReport.warnings])];
  return {
    changes: input.includeTrivial ? changes : meaningful,
    // A text edit outside every claim (chrome, a caption) counts as one trivial change.
    trivialCount: changes.length - meaningful.length + (isTextChanged && changes.length === 0 ? 1 : 0),
    isTextChanged,
    textDiff: input.includeTrivial ? diffText(input.before, input.after, MAX_TEXT_EDITS) : null,
    warnings,
  };
}

function compareUnit(id: string, before: RevisionClaims, after: RevisionClaims, referenceText: string | undefined): ClaimChange | null {
  const [was, is] = [before.units.get(id) ?? null, after.units.get(id) ?? null];
  const detailsOf = (claims: RevisionClaims) => [...claims.details.values()].filter((detail) => detail.unitId === id);
  const [wasDetails, isDetails] = [detailsOf(before), detailsOf(after)];
  const aspects: ChangeAspect[] = [];
  if (was?.label !== is?.label) aspects.push({ type: "label", from: was?.label ?? "omitted", to: is?.label ?? "omitted" });
  if (was && is) aspects.push(...compareReasons(was.reasons, is.reasons));
  aspects.push(...compareDetails(wasDetails, isDetails, before, after));
  const kind = !was ? "added" : !is ? "dropped" : aspects.length > 0 ? "changed" : was.sentence.text !== is.sentence.text ? "reworded" : null;
  if (kind === null) return null;
  return {
    kind,
    claimId: id,
    claimText: referenceText ?? (is ?? was)!.sentence.text,
    before: was,
    after: is,
    aspects,
    summary: aspects.map(describeAspect),
    wordDiff: diffText(was?.sentence.text ?? "", is?.sentence.text ?? "", MAX_SENTENCE_EDITS),
  };
}

/** Reasons by code and detail: a reason whose wording changed ("12" → "21" became "12" → "15") is lost and gained. */
function compareReasons(was: Reason[], is: Reason[]): ChangeAspect[] {
  const key = (reason: Reason) => `${reason.code}\u0000${reason.detail}`;
  const [wasKeys, isKeys] = [new Set(was.map(key)), new Set(is.map(key))];
  return [
    ...is.filter((reason) => !wasKeys.has(key(reason))).map((reason) => ({ type: "reason-gained" as const, code: reason.code, detail: reason.detail })),
    ...was.filter((reason) => !isKeys.has(key(reason))).map((reason) => ({ type: "reason-lost" as const, code: reason.code, detail: reason.detail })),
  ].filter((aspect) => !aspect.code.startsWith("faithful")); // "a near-copy" coming or going is the label change itself
}

function compareDetails(was: DetailInRevision[], is: DetailInRevision[], before: RevisionClaims, after: RevisionClaims): ChangeAspect[] {
  const aspects: ChangeAspect[] = [];
  for (const detail of is) {
    const previous = before.details.get(detail.claimId);
    if (!previous) aspects.push({ type: "detail-added", claimId: detail.claimId, detailType: detail.detailType, text: detail.text, label: detail.label });
    else if (previous.label !== detail.label) aspects.push({ type: "detail-relabelled", claimId: detail.claimId, detailType: detail.detailType, text: detail.text, from: previous.label, to: detail.label });
  }
  for (const detail of was) {
    if (!after.details.has(detail.claimId)) aspects.push({ type: "detail-dropped", claimId: detail.claimId, detailType: detail.detailType, text: detail.text, label: "omitted" });
  }
  return aspects;
}

/**
 * New material is keyed by its words, so a reworded sentence of it would read as one dropped and
 * one added: sentences of new material only one revision has are paired by shared words and the
 * later one takes the earlier one's key.
 */
function pairNewMaterial(before: RevisionClaims, after: RevisionClaims): void {
  const isNew = (id: string) => id.startsWith("new:");
  const orphansBefore = before.order.filter((id) => isNew(id) && !after.units.has(id));
  for (const [index, id] of after.order.entries()) {
    if (!isNew(id) || before.units.has(id)) continue;
    let best: { id: string; score: number } | null = null;
    for (const candidate of orphansBefore) {
      const score = dice(words(candidate), words(id));
      if (score >= SAME_NEW_MATERIAL_DICE && (!best || score > best.score)) best = { id: candidate, score };
    }
    if (!best) continue;
    orphansBefore.splice(orphansBefore.indexOf(best.id), 1);
    after.units.set(best.id, after.units.get(id)!);
    after.units.delete(id);
    after.order[index] = best.id;
    for (const detail of after.details.values()) if (detail.unitId === id) detail.unitId = best.id;
  }
}

const words = (key: string) => new Set(key.slice("new:".length).split(" ").filter(Boolean));

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size + b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

function diffText(from: string, to: string, maxEditLength: number): WordDiffPart[] | null {
  const parts = diffWords(from, to, { maxEditLength });
  if (!parts) return null;
  return parts.map((part) => ({ type: part.added ? "added" : part.removed ? "removed" : "same", value: part.value }));
}

export type { ClaimInRevision };
