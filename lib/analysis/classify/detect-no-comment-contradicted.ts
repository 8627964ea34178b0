/**
 * no-comment-contradicted (altered): the reference says someone gave no statement — "X did not
 * respond to a request for comment", "X declined to comment", "X could not be reached" — and the
 * derivative quotes X or reports what X said. Either the derivative has a source the reference
 * does not, or it invented the statement; both contradict the reference. The whole reference is
 * searched (the no-comment line is usually a paragraph of its own), and nothing is reported when
 * the reference itself quotes X elsewhere (then X's words may come from there).
 */
import { describeSource } from "./compare-sources";
import { createFinding, quoteWords } from "./reason-codes";
import { getSentenceWords } from "./sentence-words";
import type { CompareContext, Detector, SentenceView } from "./types";
import { NO_COMMENT_GENERIC_WORDS } from "../lexicon/negation";

/** How a reference says that someone made no statement. */
const NO_COMMENT_RE =
  /\b(?:(?:did|does|has|have|had)\s*(?:not|n't)\s+(?:immediately\s+)?(?:respond|reply|return|comment)|(?:declined|refused)\s+to\s+(?:comment|respond|elaborate)|could\s*(?:not|n't)\s+(?:immediately\s+)?be\s+reached|(?:was|were)\s+not\s+(?:immediately\s+)?available\s+(?:for|to)\s+comment|had\s+no\s+(?:immediate\s+)?comment|offered\s+no\s+comment)\b/i;
/** Role words before the party that made no statement ("A spokesperson for the company did not respond"). */
const ROLE_PREFIX_RE =
  /^(?:.*\b(?:spokesperson|spokesman|spokeswoman|representative|representatives|officials?|lawyers?|aides?)\s+(?:for|of|at|from)\s+)/i;
// The party is the last few words before the no-comment phrase: "Northfield Energy Holdings",
// "Kenya's energy ministry". Six words hold the longest real names seen; more is a clause.
const MAX_PARTY_WORDS = 6;
// Name words shorter than this are initials or particles, not worth finding again.
const MIN_NAME_LENGTH = 3;

interface NoComment {
  /** The reference's no-comment sentence as written. */
  text: string;
  /** Lower-case specific words of the party: all must occur in the derivative. */
  names: string[];
}

const partiesByContext = new WeakMap<CompareContext, NoComment[]>();

function listNoComments(ctx: CompareContext): NoComment[] {
  const cached = partiesByContext.get(ctx);
  if (cached) return cached;
  const found: NoComment[] = [];
  for (const view of ctx.referenceSentences) {
    const sentence = view.text.slice(view.start, view.end);
    const match = NO_COMMENT_RE.exec(sentence);
    if (!match) continue;
    const before = sentence.slice(0, match.index).replace(/,?\s*(?:which|who)\s*$/i, "");
    const party = before.replace(ROLE_PREFIX_RE, "").split(/[,;:]/).pop() ?? "";
    const names = party
      .split(/[^\p{L}\p{N}'’]+/u)
      .filter(Boolean)
      .slice(-MAX_PARTY_WORDS)
      .map((word) => word.toLowerCase().replace(/['’]s$/, ""))
      .filter((word) => word.length >= MIN_NAME_LENGTH && !NO_COMMENT_GENERIC_WORDS.has(word));
    if (names.length > 0) found.push({ text: sentence, names });
  }
  // A party the reference quotes or credits elsewhere has statements on record there.
  const onRecord = found.filter((item) =>
    ctx.referenceSentences.some(
      (view) =>
        !NO_COMMENT_RE.test(view.text.slice(view.start, view.end)) &&
        [...view.features.attributions.map((mention) => mention.source), ...view.features.quotes.map((quote) => quote.speaker ?? "")]
          .some((source) => names(source).some((word) => item.names.includes(word))),
    ),
  );
  const result = found.filter((item) => !onRecord.includes(item));
  partiesByContext.set(ctx, result);
  return result;
}

function names(source: string): string[] {
  return describeSource(source, null).names;
}

/** The derivative's statement by the party: a credited quotation or a reporting verb with the party as source. */
function findStatement(der: SentenceView, party: NoComment): string | null {
  const matchesParty = (source: string | null): boolean => {
    if (!source) return false;
    const words = source.toLowerCase().split(/[^\p{L}\p{N}'’]+/u).map((word) => word.replace(/['’]s$/, ""));
    return party.names.some((name) => words.includes(name));
  };
  const quote = der.features.quotes.find((mention) => matchesParty(mention.speaker));
  if (quote) return der.text.slice(quote.start, quote.end);
  // "The company called the ruling “rushed and reckless”": no speaker found, but the party is the
  // subject before the quotation.
  const unassigned = der.features.quotes.find(
    (mention) => mention.speaker === null && matchesParty(der.text.slice(der.start, mention.start)),
  );
  if (unassigned) return der.text.slice(unassigned.start, unassigned.end);
  const credit = der.features.attributions.find((mention) => matchesParty(mention.source));
  return credit ? credit.text : null;
}

/** Finds statements credited to a party the reference says made none. */
export const detectNoCommentContradicted: Detector = (_ref, der, ctx) => {
  if (der.features.quotes.length === 0 && der.features.attributions.length === 0) return [];
  const sentence = der.text.slice(der.start, der.end);
  if (NO_COMMENT_RE.test(sentence)) return [];
  const lowerWords = new Set(getSentenceWords(der).words.map((word) => word.lower.replace(/['’]s$/, "")));
  for (const party of listNoComments(ctx)) {
    if (!party.names.every((name) => lowerWords.has(name))) continue;
    const statement = findStatement(der, party);
    if (statement === null) continue;
    return [
      createFinding(
        "no-comment-contradicted",
        `The reference says ${quoteWords(party.text.trim())}; the derivative reports a statement from them: ${quoteWords(statement)}.`,
        { reference: party.text.trim(), derivative: statement },
      ),
    ];
  }
  return [];
};
