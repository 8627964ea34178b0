import { alignArticle, tokenize } from "./align";
import type { ReferenceModel, StatementClaim } from "./claims/build-reference-model";
import { classifySentence, classifyUnmatched, decideLabel, type SentenceView } from "./classify";
import { type Detail, extractDetails } from "./details/extract-details";
import { matchDetails } from "./details/match-details";
import { getPhraseKeys } from "./details/phrase-keys";
import { isTrackableNewDetail, type NewDetailContext } from "./details/is-trackable-new-detail";
import type { NewClaimRegistry } from "./details/new-claim-registry";
import { reconcileDetails } from "./details/reconcile-details";
import { prepareArticle, type PreparedArticle } from "./prepare-article";
import type { ReportArticle, ReportDetail, ReportSentence } from "./report/report-types";
import { isTitleCaseLabel } from "./segment/title-case";
import type { Reason, Sentence } from "./types";

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
    const newDetails: Detail[] = [];
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
      newDetails.push(...comparison.unmatched);
    } else {
      verdict = decideLabel(classifyUnmatched(view, model.compareContext), 0);
      newDetails.push(...derivativeDetails);
    }
    const context = newDetailContext(model, text, sentence);
    // Only sentences with a new quote pay for the aligned sentences' words.
    const hasNewQuote = statements.length > 0 && newDetails.some((detail) => detail.type === "quote");
    const alignedWords = hasNewQuote ? new Set(statements.flatMap((statement) => [...getPhraseKeys(statement.sentence.text).set])) : null;
    const unquoted = alignedWords ? newDetails.filter((detail) => !(detail.type === "quote" && isReferenceWording(detail, alignedWords))) : newDetails;
    details.push(...registerNewDetails(model, registry, input.file, unquoted, context, statements.length > 0));
    const settled = reconcileDetails(verdict, details);
    verdict = settled.verdict;
    reportSentences.push({
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      label: verdict.label,
      confidence: round(verdict.confidence),
      reasons: verdict.reasons,
      matches: matches.map((match) => ({ claimId: match.unitId, score: round(match.score) })),
      details: settled.details.sort((a, b) => a.start - b.start),
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
 * Share of a quote's content words found in the aligned reference sentences above which the quote
 * is the reference's own wording (put in quotation marks, or quoted with small slips: "within
 * months, even weeks" for "within months or even weeks"). Those words are not new material; the
 * sentence classifier judges the quoting. 0.8 lets one word in five differ, as the quote-change
 * detector's tolerance for slips.
 */
const REFERENCE_WORDING_SHARE = 0.8;

function isReferenceWording(quote: Detail, alignedWords: ReadonlySet<string>): boolean {
  const words = getPhraseKeys(quote.text).set;
  if (words.size === 0) return false;
  let found = 0;
  for (const word of words) if (alignedWords.has(word)) found++;
  return found / words.size >= REFERENCE_WORDING_SHARE;
}

/** What the new-detail filter reads about a sentence and the reference. */
function newDetailContext(model: ReferenceModel, text: string, sentence: Sentence): NewDetailContext {
  return {
    text,
    sentenceKind: sentence.kind,
    sentenceStart: sentence.start,
    referencePageLower: model.pageLower,
    referenceOutletNamesLower: model.referenceOutletNamesLower,
    referenceFigureValues: model.figureValues,
  };
}

/** Whether a detail is credited to unnamed insiders or to the reference's own reporting. */
function isInsiderCredit(detail: Detail): boolean {
  return detail.sourceKind === "anonymous" || detail.sourceKind === "reference-outlet";
}

/**
 * The details of one sentence that the aligned reference sentences do not account for become new
 * claims, one label rule for all of them wherever they appear:
 * - a detail the reference carries elsewhere is moved, not new; one that is not worth tracking
 *   (a place, a number word, a dateline: isTrackableNewDetail) is no claim;
 * - sourcing on a sentence the reference carries re-describes the reference's sourcing (the
 *   sentence classifier judges that), so only sourcing of new material is a new claim;
 * - a quote or sourcing credited to unnamed insiders or to the reference's reporting is invented,
 *   everything else added;
 * - a made-up quote and the attribution that introduces it ("a senior official told") are one
 *   fabrication: the attribution is folded into the quote's claim, not counted again.
 */
function registerNewDetails(
  model: ReferenceModel,
  registry: NewClaimRegistry,
  file: string,
  candidates: Detail[],
  context: NewDetailContext,
  isInMatchedSentence: boolean,
): ReportDetail[] {
  const fresh = candidates.filter(
    (detail) =>
      !model.detailKeys.has(detail.key) &&
      !(detail.type === "actor" && model.bodyLower.includes(detail.text.toLowerCase())) &&
      !(detail.type === "sourcing" && isInMatchedSentence && detail.sourceKind !== "anonymous") &&
      isTrackableNewDetail(detail, context),
  );
  const inventedQuote = fresh.find((detail) => detail.type === "quote" && isInsiderCredit(detail));
  const reported: ReportDetail[] = [];
  for (const detail of fresh) {
    const isInvented = isInsiderCredit(detail) && (detail.type === "quote" || detail.type === "sourcing");
    if (inventedQuote && detail !== inventedQuote && detail.type === "sourcing" && isInvented) continue;
    const label = isInvented ? "invented" : "added";
    const id = registry.register(detail, label, file);
    const credit = detail.sourceKind === "anonymous" ? "unnamed insiders" : "the reference's reporting";
    const attribution = detail === inventedQuote ? fresh.find((other) => other.type === "sourcing" && isInsiderCredit(other)) : undefined;
    const reason: Reason = isInvented
      ? {
          code: detail.type === "quote" ? "quote-invented" : "sourcing-invented",
          detail: `"${detail.text}" is credited to ${attribution ? `"${attribution.text}"` : credit}, which the reference does not contain`,
          evidence: { derivative: attribution ? `${attribution.text} … ${detail.text}` : detail.text },
        }
      : { code: "detail-added", detail: `"${detail.text}" does not appear in the reference`, evidence: { derivative: detail.text } };
    reported.push(toReportDetail(id, detail, label, [reason]));
  }
  return reported;
}
