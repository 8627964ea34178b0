/**
 * Quotations, checked against every quotation and sentence of the reference:
 *  - quote-words-changed (altered): the words inside the marks differ from the reference
 *    quotation they match (case and punctuation ignored; a shorter excerpt is fine, and an
 *    ellipsis may skip words);
 *  - quote-speaker-changed (altered): the same words credited to a different speaker;
 *  - quote-fabricated-from-paraphrase (altered): the reference says these words without quotation
 *    marks and the derivative puts them in a speaker's mouth. Decided: when the derivative credits
 *    the quotation to the reference itself ("according to the report") and the words are exact,
 *    it is quoting the article accurately and gives no finding; changed words then give
 *    quote-words-changed;
 *  - quote-invented (invented): no counterpart anywhere in the reference, credited to an unnamed
 *    insider ("a source", "an official", "a diplomat") or to the reference outlet;
 *  - quote-added-external (added): no counterpart, credited to a named person, organisation or
 *    outlet, or to unnamed outside voices ("analysts").
 * Quotations of fewer than three words are only checked against the reference's quotations.
 */
import { INSIDER_ROLES } from "../lexicon/attribution";
import { isCompatibleSource } from "./compare-sources";
import {
  isCreditedToReference,
  matchQuotes,
  type MatchedQuote,
} from "./quote-match";
import { toQuoteWords } from "./quote-words";
import { createFinding, quoteWords } from "./reason-codes";
import type { IndexedQuote } from "./reference-index";
import type { CompareContext, Finding, SentenceView } from "./types";
import { PERSONAL_PRONOUNS } from "../lexicon/attribution";

const ELLIPSIS_RE = /\.\.\.|…/;
// "he said" after an unnamed quote almost always refers to a named person introduced earlier;
// less sure than a name in the sentence itself.
const PRONOUN_SPEAKER_FACTOR = 0.7;

/** Checks every quotation of the derivative sentence. `ref` is not needed: quotations are looked up in the whole reference. */
export function detectQuoteChange(
  ref: readonly SentenceView[],
  der: SentenceView,
  ctx: CompareContext,
): Finding[] {
  const findings: Finding[] = [];
  const quotes = matchQuotes(der, ctx);
  for (const quote of quotes) {
    const { origin } = quote;
    if (origin.kind === "quote")
      checkQuoted(quote, origin.source, origin.diff, findings);
    else if (origin.kind === "paraphrase")
      checkParaphrase(quote, der, origin.diff, findings);
    else if (origin.kind === "none") {
      const counterpart = findReworded(quote, quotes, ref);
      if (counterpart)
        findings.push(
          createFinding(
            "quote-words-changed",
            `The aligned reference sentence quotes ${quoteWords(counterpart)}; the derivative keeps the quotation marks around other words: ${quoteWords(quote.mention.text)}.`,
            { reference: counterpart, derivative: quote.mention.text },
          ),
        );
      else checkUnmatched(quote, der, findings);
    }
  }
  return findings;
}

// A reworded quotation is at most this many times longer or shorter than the reference's
// ("tainted with secrecy" → "marred by secrecy" is 1×); beyond, it is another quotation.
const MAX_REWORDED_LENGTH_RATIO = 2;

/**
 * The quotation of the aligned reference sentences that a derivative quotation with no match
 * rewords: one the derivative reproduces nowhere else, sharing at least one word and of about the
 * same length ("a constitutional sham" and "tainted with secrecy" → "a constitutional sham" and
 * "marred by secrecy"). The words inside quotation marks changed, so the quotation is not new.
 */
function findReworded(
  quote: MatchedQuote,
  quotes: readonly MatchedQuote[],
  ref: readonly SentenceView[],
): string | null {
  const reproduced = new Set(
    quotes.flatMap((other) => (other.origin.kind === "quote" ? [other.origin.source.mention.start] : [])),
  );
  const mine = new Set(quote.words);
  for (const view of ref)
    for (const mention of view.features.quotes) {
      if (reproduced.has(mention.start)) continue;
      const words = toQuoteWords(mention.text);
      const ratio = Math.max(words.length, quote.words.length) / Math.max(1, Math.min(words.length, quote.words.length));
      if (ratio > MAX_REWORDED_LENGTH_RATIO) continue;
      if (words.some((word) => mine.has(word))) return mention.text;
    }
  return null;
}

function describeDiff(
  removed: readonly string[],
  inserted: readonly string[],
): string {
  const parts: string[] = [];
  if (removed.length > 0)
    parts.push(`leaves out ${quoteWords(removed.join(" "))}`);
  if (inserted.length > 0)
    parts.push(`has ${quoteWords(inserted.join(" "))} instead`);
  return parts.join(" and ");
}

function checkQuoted(
  quote: MatchedQuote,
  source: IndexedQuote,
  diff: { removed: string[]; inserted: string[] },
  findings: Finding[],
): void {
  const refText = source.mention.text;
  const refSpeaker = source.speaker;
  const removed = ELLIPSIS_RE.test(quote.mention.text) ? [] : diff.removed;
  if (diff.inserted.length > 0 || removed.length > 0) {
    findings.push(
      createFinding(
        "quote-words-changed",
        `The quotation differs from the reference's: it ${describeDiff(removed, diff.inserted)}.`,
        {
          reference: refText,
          derivative: quote.mention.text,
        },
      ),
    );
  }
  if (
    refSpeaker &&
    quote.speaker &&
    !isCompatibleSource(refSpeaker, quote.speaker)
  ) {
    const refName = source.speakerText ?? "another speaker";
    findings.push(
      createFinding(
        "quote-speaker-changed",
        `The reference credits these words to ${quoteWords(refName)}; the derivative to ${quoteWords(quote.mention.speaker ?? "")}.`,
        {
          reference: refName,
          derivative: quote.mention.speaker ?? undefined,
        },
      ),
    );
  }
}

function checkParaphrase(
  quote: MatchedQuote,
  der: SentenceView,
  diff: { removed: string[]; inserted: string[]; window: string[] },
  findings: Finding[],
): void {
  const refText = diff.window.join(" ");
  const isExact = diff.inserted.length === 0 && diff.removed.length === 0;
  if (isCreditedToReference(quote, der)) {
    if (isExact) return;
    findings.push(
      createFinding(
        "quote-words-changed",
        `The derivative quotes the reference's own words but ${describeDiff(diff.removed, diff.inserted)}.`,
        { reference: refText, derivative: quote.mention.text },
      ),
    );
    return;
  }
  findings.push(
    createFinding(
      "quote-fabricated-from-paraphrase",
      `The reference says ${quoteWords(refText)} without quotation marks; the derivative presents it as a direct quotation${quote.mention.speaker ? ` from ${quoteWords(quote.mention.speaker)}` : ""}.`,
      { reference: refText, derivative: quote.mention.text },
    ),
  );
}

function checkUnmatched(
  quote: MatchedQuote,
  der: SentenceView,
  findings: Finding[],
): void {
  const { speaker, mention } = quote;
  const isReferenceCredit =
    isCreditedToReference(quote, der) ||
    der.features.attributions.some(
      (item) => item.sourceKind === "reference-outlet",
    );
  if (
    speaker?.kind === "anonymous" &&
    (speaker.role === null || INSIDER_ROLES.has(speaker.role))
  ) {
    findings.push(
      createFinding(
        "quote-invented",
        `The quotation ${quoteWords(mention.text)} appears nowhere in the reference, yet it is credited to an unnamed insider, ${quoteWords(mention.speaker ?? "")}.`,
        {
          derivative: mention.text,
        },
      ),
    );
  } else if (
    isReferenceCredit &&
    (speaker === null ||
      speaker.kind === "reference-outlet" ||
      speaker.isReport)
  ) {
    findings.push(
      createFinding(
        "quote-invented",
        `The quotation ${quoteWords(mention.text)} is presented as the reference's reporting, but the reference does not contain it.`,
        { derivative: mention.text },
      ),
    );
  } else if (
    speaker &&
    speaker.kind !== null &&
    speaker.kind !== "reference-outlet"
  ) {
    findings.push(
      createFinding(
        "quote-added-external",
        `The quotation ${quoteWords(mention.text)} from ${quoteWords(mention.speaker ?? "")} is not in the reference: material from another source.`,
        {
          derivative: mention.text,
        },
      ),
    );
  } else if (
    mention.speaker !== null &&
    PERSONAL_PRONOUNS.has(mention.speaker.toLowerCase())
  ) {
    findings.push(
      createFinding(
        "quote-added-external",
        `The quotation ${quoteWords(mention.text)} (credited to ${quoteWords(mention.speaker)}) is not in the reference.`,
        { derivative: mention.text },
        { weightFactor: PRONOUN_SPEAKER_FACTOR },
      ),
    );
  }
}
