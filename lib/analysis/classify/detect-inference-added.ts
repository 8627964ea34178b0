/**
 * added-material on a matched sentence: a clause of new material attached to a faithful one —
 * an inference ("the decision represents a 44% unwinding"), a motive ("aimed at increasing
 * pressure on Saudi Arabia"), background figures or names. The sentence carries a reference claim,
 * but one of its clauses says something the reference says nowhere: most of that clause's content
 * words occur in no reference sentence. The label rule keeps any change of certainty or fact
 * above this (added ranks below them), so it only stops a sentence from passing as faithful.
 * When the new clause carries its own credit to unnamed insiders ("…, a move officials say could
 * redraw the map"), the new material is presented as inside reporting the reference never had:
 * invented (labels.md: "details credited to sources that the reference never reported").
 */
import { inventedSourcingFinding, isInsiderCredit } from "./detect-sourcing-invented";
import { createFinding, quoteWords } from "./reason-codes";
import { getSentenceWords, isInside } from "./sentence-words";
import type { CompareContext, Detector, SentenceView } from "./types";

// Clause boundaries of news prose: commas, semicolons, dashes and the subordinators that open a
// comment on the main clause ("while", "which", "as", "amid").
const CLAUSE_BREAK_RE = /[,;:()]|\s[–—-]\s|\s(?=(?:while|whereas|which|amid|amidst|as|because|since|although|though|including|ensuring|aiming|signalling|signaling|marking|highlighting|underscoring|raising)\s)/giu;
// A clause needs this many content words to carry a claim of its own ("a major shift" is a
// qualifier, not a claim); measured on the eval stories, the new clauses of gold "added" spans have
// 6–14 and the shortest faithful clause that reworded its reference had 4.
const MIN_CLAUSE_CONTENT = 6;
// Share of a clause's content words absent from the whole reference above which the clause is
// new. A reworded clause keeps its names, numbers' nouns and half its words ("preserve their ties
// to their submerged island": 2 of 4 new); new background keeps few (routes, areas, heights).
const MIN_NEW_SHARE = 0.75;

// The test is against the whole reference's vocabulary, which needs a story to be meaningful: against
// one or two sentences (a sentence pair, a brief) every rewording looks new. A wire story has 10+.
const MIN_REFERENCE_SENTENCES = 5;

const referenceWords = new WeakMap<CompareContext, ReadonlySet<string>>();

function getReferenceWords(ctx: CompareContext): ReadonlySet<string> {
  const cached = referenceWords.get(ctx);
  if (cached) return cached;
  const words = new Set<string>();
  for (const view of ctx.referenceSentences)
    for (const key of getSentenceWords(view).content) words.add(key);
  referenceWords.set(ctx, words);
  return words;
}

/** Finds a clause of new material in a matched derivative sentence. */
export const detectInferenceAdded: Detector = (_ref, der, ctx) => {
  if (ctx.referenceSentences.length < MIN_REFERENCE_SENTENCES) return [];
  const known = getReferenceWords(ctx);
  const { words } = getSentenceWords(der);
  const sentence = der.text.slice(der.start, der.end);
  const skipped = [...der.features.quotes, ...der.features.attributions];
  let from = 0;
  const breaks = [...sentence.matchAll(CLAUSE_BREAK_RE)].map((match) => match.index);
  for (const at of [...breaks, sentence.length]) {
    const start = der.start + from;
    const end = der.start + at;
    from = at + 1;
    const content = words.filter(
      (word) =>
        word.start >= start &&
        word.end <= end &&
        !word.isStop &&
        !word.isWeak &&
        /\p{L}/u.test(word.norm) &&
        !isInside(skipped, word.start, word.end),
    );
    if (content.length < MIN_CLAUSE_CONTENT) continue;
    const fresh = content.filter((word) => !known.has(word.norm)).length;
    if (fresh / content.length < MIN_NEW_SHARE) continue;
    const clause = der.text.slice(start, end).trim();
    const credit = der.features.attributions.find(
      (mention) => mention.start >= start && mention.end <= end && isInsiderCredit(mention),
    );
    if (credit) return [inventedSourcingFinding(credit)];
    return [
      createFinding(
        "added-material",
        `The clause ${quoteWords(clause)} says something the reference does not: new material attached to a reference claim.`,
        { derivative: clause },
      ),
    ];
  }
  return [];
};
