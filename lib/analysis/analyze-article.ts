import { alignArticle, tokenize } from "./align";
import type { ReferenceModel, StatementClaim } from "./claims/build-reference-model";
import { classifySentence, classifyUnmatched, decideLabel, type SentenceView } from "./classify";
import { type Detail, extractDetails } from "./details/extract-details";
import { matchDetails } from "./details/match-details";
import type { NewClaimRegistry } from "./details/new-claim-registry";
import { prepareArticle, type PreparedArticle } from "./prepare-article";
import type { ReportArticle, ReportDetail, ReportSentence } from "./report/report-types";
import { isTitleCaseLabel } from "./segment/title-case";
import type { Reason } from "./types";

export interface ArticleInput {
  /** How the article is named in the report (a file name, or an id). */
  file: string;
  text: string;
}

/** Rounds scores to three decimals: stable output, no false precision. */
const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Analyses one derivative against the reference: aligns each sentence to statement claims,
 * labels it, follows each detail, registers new details, and lists what it omits.
 */
export function analyzeArticle(model: ReferenceModel, input: ArticleInput, registry: NewClaimRegistry): ReportArticle {
  return analyzePreparedArticle(model, input, prepareArticle(input.text, model.featureContext), registry);
}

/** {@link analyzeArticle} after the per-article stages (clean → features) have run. */
export function analyzePreparedArticle(
  model: ReferenceModel,
  input: ArticleInput,
  prepared: PreparedArticle,
  registry: NewClaimRegistry,
): ReportArticle {
  const { text, sentences, clean, language } = prepared;
  const base = {
    file: input.file,
    title: clean.title?.text ?? null,
    language: language.code,
    excluded: clean.excluded.map(({ text: t, start, end, reason }) => ({ text: t, start, end, reason })),
  };
  if (!language.isEnglish) {
    const warning = `language: ${language.name} (${language.code}); the detectors read English, so this article is not labelled`;
    return { ...base, warnings: [warning], sentences: [], omitted: [] };
  }

  // Each sentence is tokenized once: alignment and the detectors read the same tokens.
  const sentenceTokens = sentences.map((sentence) => tokenize(text, sentence.start, sentence.end));
  const alignment = alignArticle(model.alignIndex, text, sentences, sentenceTokens);
  const carried = new Set<string>(); // statement ids carried somewhere in the article
  const carriedDetails = new Set<string>(); // reference detail ids carried somewhere
  const articleDetailKeys = new Set<string>();
  const reportSentences: ReportSentence[] = [];
  const furniture: ReportArticle["excluded"] = [];

  sentences.forEach((sentence, index) => {
    const features = prepared.features[index];
    if (!features) return;
    const view: SentenceView = { text, start: sentence.start, end: sentence.end, features, tokens: sentenceTokens[index] };
    const matches = alignment.sentences[index]?.matches ?? [];
    // A rewrite's own section subhead ("Market Reaction and Outlook") that carries nothing of the
    // reference is furniture of its page, not a claim: excluded, never labelled added.
    if (sentence.kind === "subhead" && matches.length === 0 && isTitleCaseLabel(sentence.text)) {
      furniture.push({ text: sentence.text, start: sentence.start, end: sentence.end, reason: "navigation" });
      return;
    }
    const statements = matches
      .map((match) => model.statementsById.get(match.unitId))
      .filter((statement): statement is StatementClaim => statement !== undefined);
    const derivativeDetails = extractDetails(text, features);
    for (const detail of derivativeDetails) articleDetailKeys.add(detail.key);

    let verdict: { label: ReportSentence["label"]; confidence: number; reasons: Reason[] };
    const details: ReportDetail[] = [];
    if (statements.length > 0) {
      for (const statement of statements) carried.add(statement.id);
      verdict = classifySentence(statements.map((s) => s.view), view, matches[0]?.score ?? 0, model.compareContext);
      const referenceDetails = statements.flatMap((statement) => statement.details);
      const comparison = matchDetails(referenceDetails.map((claim) => claim.detail), derivativeDetails);
      for (const match of comparison.matches) {
        const claim = referenceDetails.find((candidate) => candidate.detail === match.reference);
        if (!claim) continue;
        carriedDetails.add(claim.id);
        details.push(toReportDetail(claim.id, match.derivative, match.label, match.reasons));
      }
      for (const detail of comparison.unmatched) {
        const added = registerNewDetail(model, registry, input.file, detail, true);
        if (added) details.push(added);
      }
    } else {
      verdict = decideLabel(classifyUnmatched(view, model.compareContext), 0);
      for (const detail of derivativeDetails) {
        const added = registerNewDetail(model, registry, input.file, detail, false, verdict.label === "invented");
        if (added) details.push(added);
      }
    }
    reportSentences.push({
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      label: verdict.label,
      confidence: round(verdict.confidence),
      reasons: verdict.reasons,
      matches: matches.map((match) => ({ claimId: match.unitId, score: round(match.score) })),
      details: details.sort((a, b) => a.start - b.start),
    });
  });

  const omitted: string[] = [];
  for (const statement of model.statements) {
    if (!carried.has(statement.id)) omitted.push(statement.id);
    for (const detail of statement.details) {
      const isCarried = carriedDetails.has(detail.id) || (carried.has(statement.id) && articleDetailKeys.has(detail.detail.key));
      if (!isCarried) omitted.push(detail.id);
    }
  }
  const excluded = furniture.length === 0 ? base.excluded : [...base.excluded, ...furniture].sort((a, b) => a.start - b.start);
  return { ...base, excluded, warnings: [], sentences: reportSentences, omitted };
}

function toReportDetail(claimId: string, span: Detail, label: ReportDetail["label"], reasons: Reason[]): ReportDetail {
  return { claimId, text: span.text, start: span.start, end: span.end, label, reasons };
}

/**
 * A derivative detail the aligned reference sentences do not account for becomes a new claim,
 * unless the reference carries it elsewhere (then it is moved, not new), or it is a credit to the
 * reference's own reporting on a sentence the reference does carry.
 */
function registerNewDetail(
  model: ReferenceModel,
  registry: NewClaimRegistry,
  file: string,
  detail: Detail,
  isInMatchedSentence: boolean,
  isInInventedSentence = false,
): ReportDetail | null {
  if (model.detailKeys.has(detail.key)) return null;
  if ((detail.type === "actor" || detail.type === "place") && model.bodyLower.includes(detail.text.toLowerCase())) return null;
  if (detail.sourceKind === "reference-outlet" && isInMatchedSentence) return null;
  const isInsider = detail.sourceKind === "anonymous" || detail.sourceKind === "reference-outlet";
  // A new quote credited to insiders is invented wherever it stands; new insider sourcing only
  // where it carries material the reference lacks (an unmatched or invented sentence).
  const isInvented =
    isInsider && (detail.type === "quote" || (detail.type === "sourcing" && (!isInMatchedSentence || isInInventedSentence)));
  const label = isInvented ? "invented" : "added";
  const id = registry.register(detail, label, file);
  const reason: Reason = isInvented
    ? { code: detail.type === "quote" ? "quote-invented" : "sourcing-invented", detail: `"${detail.text}" is credited to ${detail.sourceKind === "anonymous" ? "unnamed insiders" : "the reference's reporting"}, which the reference does not contain`, evidence: { derivative: detail.text } }
    : { code: "detail-added", detail: `"${detail.text}" does not appear in the reference`, evidence: { derivative: detail.text } };
  return toReportDetail(id, detail, label, [reason]);
}
