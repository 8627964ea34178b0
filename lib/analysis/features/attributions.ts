/**
 * Attributions: who a statement is credited to. Covers "X said", "said X", "X told Y",
 * "according to X", "citing X", "X reported", "quoted by X", "sources familiar with the
 * matter", "X, who requested anonymity, said", and subjects shared by a coordinated verb ("The
 * ministry declined to name them but confirmed …"). When a speaker "told Reuters", the outlet
 * is reported too (as its own mention), since "told <reference outlet>" is what makes a quote
 * look like the reference's own reporting.
 */
import type { AttributionMention } from "../types";
import { classifySource, type ReferenceNames } from "./classify-source";
import { isLikelyAdjective, NUMBER_WORDS, toWordSet } from "../lexicon/common";
import {
  ATTRIBUTION_FILLERS,
  DOUBTING_VERBS,
  REPORTING_VERBS,
  ROLE_NOUNS,
} from "../lexicon/sources";
import { MAX_SENTENCE_CHARS } from "../text/limits";
import { compilePhrases, matchPhraseAt, type PhraseTable } from "./phrases";
import {
  findNounPhraseAfter,
  findNounPhraseBefore,
  type NounPhrase,
} from "./noun-phrases";
import { findFirstWordIndex, type SentenceView, type Token } from "../text/tokenize";
import { defineWordClass, hasWordClass } from "../text/word-classes";
import { CHANNEL_PHRASES } from "../lexicon/attribution";

/** An attribution plus what the quote detector needs to pick a speaker. */
export interface AttributionFinding extends AttributionMention {
  /** true for the outlet a speaker talked to ("told Reuters"), not the speaker. */
  isChannel: boolean;
}

/** A quotation's inner range (absolute offsets); words inside are not attributions. */
export interface OffsetRange {
  start: number;
  end: number;
}

// Verbs that also read as nouns: after a determiner or adjective they are not reporting verbs
// ("media reports", "his remarks", "the claims").
const NOUN_LIKE_VERBS = toWordSet(`
  report reports claim claims note notes estimates comments remarks signals hints states
  statements quoted warns`);
/** Verbs that can lead an inverted attribution: "…,” said the official." */
const INVERTIBLE_VERBS = toWordSet(
  "said says added adds wrote writes noted notes told asked continued argued explained",
);
const NEGATORS = toWordSet("not never n't cannot");
const COORDINATORS = toWordSet("and but");
// "has since repeatedly and publicly said" is about the longest real run of fillers.
const MAX_FILLERS = 6;
const PASSIVE_AUXILIARIES = toWordSet("is are was were be been being");
// "without evidence", "without providing any evidence": doubt cast by the writer.
const DOUBT_RE =
  /\bwithout\s+(?:(?:providing|offering|presenting|giving|citing|showing)\s+)?(?:any\s+)?(?:evidence|proof)\b/i;
const PREFIX_TABLE: PhraseTable<string> = compilePhrases([
  ["according to", "according to"],
  ["citing", "citing"],
  ["quoted by", "quoted by"],
  ["cited by", "cited by"],
  ["in an interview with", "told"],
  ["speaking to", "told"],
  ["spoke to", "told"],
]);
/** Reporting verbs: a bit test rules out most words before the Set lookup. */
const REPORTING_VERB_CLASS = defineWordClass((lower) =>
  REPORTING_VERBS.has(lower),
);

/** Every attribution in the sentence, with absolute offsets, in text order. */
export function findAttributions(
  view: SentenceView,
  names: ReferenceNames,
  quotes: readonly OffsetRange[] = [],
): AttributionFinding[] {
  const { tokens } = view;
  const findings: AttributionFinding[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (!token || token.kind !== "word" || isQuoted(token, quotes)) {
      index += 1;
      continue;
    }
    const prefix = matchPhraseAt(tokens, index, PREFIX_TABLE);
    if (prefix) {
      const phrase = findNounPhraseAfter(tokens, prefix.end);
      const isChannel = CHANNEL_PHRASES.has(prefix.value);
      // A channel counts only when it is a publication ("quoted by Reuters", not "by reporters").
      const isKept =
        phrase !== null && (!isChannel || isOutlet(tokens, phrase, names));
      if (phrase && isKept) {
        pushFinding(view, findings, names, {
          phraseStart: index,
          phrase,
          verb: prefix.value,
          verbToken: null,
          isChannel,
        });
        index = phrase.end;
        continue;
      }
    }
    if (
      hasWordClass(token, REPORTING_VERB_CLASS) &&
      REPORTING_VERBS.has(token.lower) &&
      !token.isCap
    ) {
      findVerbAttribution(view, findings, names, index);
    }
    index += 1;
  }
  markDoubt(view, findings);
  return findings.sort(
    (a, b) => a.start - b.start || Number(a.isChannel) - Number(b.isChannel),
  );
}

/** Whether the token lies inside one of the quotations. */
function isQuoted(token: Token, quotes: readonly OffsetRange[]): boolean {
  for (const range of quotes) {
    if (token.start >= range.start && token.end <= range.end) return true;
  }
  return false;
}

interface FindingInput {
  phraseStart: number;
  phrase: NounPhrase;
  verb: string;
  verbToken: Token | null;
  isChannel: boolean;
  /** The subject was borrowed from earlier in the sentence: the span is the verb alone. */
  isBorrowed?: boolean;
}

function pushFinding(
  view: SentenceView,
  findings: AttributionFinding[],
  names: ReferenceNames,
  input: FindingInput,
): void {
  const { tokens, text } = view;
  const { phrase } = input;
  const sourceFirst = tokens[phrase.start];
  const sourceLast = tokens[phrase.end - 1];
  const spanFirst = input.isBorrowed
    ? input.verbToken
    : tokens[Math.min(input.phraseStart, phrase.start)];
  if (!sourceFirst || !sourceLast || !spanFirst) return;
  const verbEnd = input.verbToken?.end ?? 0;
  const spanEnd = input.isBorrowed
    ? verbEnd
    : Math.max(sourceLast.end, verbEnd);
  const kind = classifySource(
    tokens,
    phrase.start,
    phrase.coreEnd,
    phrase.head,
    names,
    { verb: input.verb, isAnonymous: phrase.isAnonymous },
  );
  findings.push({
    start: spanFirst.start,
    end: spanEnd,
    text: text.slice(spanFirst.start, spanEnd),
    sourceKind: kind,
    source: text.slice(sourceFirst.start, sourceLast.end),
    verb: input.verb,
    count: countSources(tokens, phrase),
    isDoubting: DOUBTING_VERBS.has(input.verb),
    isChannel: input.isChannel,
  });
}

function findVerbAttribution(
  view: SentenceView,
  findings: AttributionFinding[],
  names: ReferenceNames,
  index: number,
): void {
  const { tokens } = view;
  const verbToken = tokens[index];
  if (!verbToken) return;
  const verb = verbToken.lower;
  const previous = tokens[index - 1];
  // "declined to say", "asked to comment": an infinitive reports nothing.
  if (previous?.lower === "to") return;
  if (
    NOUN_LIKE_VERBS.has(verb) &&
    previous &&
    (isDeterminerLike(previous) || isLikelyAdjective(previous.lower))
  )
    return;
  let found = false;
  // Inversion after a comma or a closing quote: "…,” said a U.S. official."
  if (INVERTIBLE_VERBS.has(verb) && (!previous || previous.kind === "punct")) {
    const after = findNounPhraseAfter(tokens, index + 1);
    if (after) {
      pushFinding(view, findings, names, {
        phraseStart: index,
        phrase: after,
        verb,
        verbToken,
        isChannel: false,
      });
      found = true;
    }
  }
  if (!found) found = findSubjectBefore(view, findings, names, index);
  if (verb === "told" || verb === "tells" || verb === "tell") {
    const listener = findNounPhraseAfter(tokens, index + 1);
    if (listener && isOutlet(tokens, listener, names)) {
      pushFinding(view, findings, names, {
        phraseStart: index,
        phrase: listener,
        verb: "told",
        verbToken: null,
        isChannel: true,
      });
    }
  }
}

/** "X said", "X has repeatedly said", "X, who requested anonymity, said", "… but said". */
function findSubjectBefore(
  view: SentenceView,
  findings: AttributionFinding[],
  names: ReferenceNames,
  verbIndex: number,
): boolean {
  const { tokens } = view;
  const verbToken = tokens[verbIndex];
  let position = verbIndex - 1;
  // Skip auxiliaries and adverbs between subject and verb; a negation cancels the attribution.
  while (position >= 0 && verbIndex - position <= MAX_FILLERS) {
    const token = tokens[position];
    if (!token) break;
    if (NEGATORS.has(token.lower) || token.lower.endsWith("n't")) return false;
    // "The talks are described as …": a passive names no speaker.
    if (PASSIVE_AUXILIARIES.has(token.lower)) return false;
    if (!(
      ATTRIBUTION_FILLERS.has(token.lower) ||
      (token.kind === "word" &&
        !token.isCap &&
        token.lower.endsWith("ly") &&
        token.lower.length > 3)
    ))
      break;
    position -= 1;
  }
  const phrase = findNounPhraseBefore(tokens, position);
  const verb = verbToken?.lower ?? "";
  if (phrase) {
    pushFinding(view, findings, names, {
      phraseStart: phrase.start,
      phrase,
      verb,
      verbToken: verbToken ?? null,
      isChannel: false,
    });
    return true;
  }
  if (COORDINATORS.has(tokens[position]?.lower ?? "")) {
    const subject = findNounPhraseAfter(tokens, findFirstWordIndex(tokens));
    if (subject && subject.end <= position) {
      pushFinding(view, findings, names, {
        phraseStart: subject.start,
        phrase: subject,
        verb,
        verbToken: verbToken ?? null,
        isChannel: false,
        isBorrowed: true,
      });
      return true;
    }
  }
  return false;
}

function isOutlet(
  tokens: readonly Token[],
  phrase: NounPhrase,
  names: ReferenceNames,
): boolean {
  const kind = classifySource(
    tokens,
    phrase.start,
    phrase.coreEnd,
    phrase.head,
    names,
    {},
  );
  return kind === "outlet" || kind === "reference-outlet";
}

function isDeterminerLike(token: Token): boolean {
  return (
    [
      "the",
      "a",
      "an",
      "his",
      "her",
      "its",
      "their",
      "our",
      "these",
      "those",
      "media",
      "press",
      "news",
    ].includes(token.lower) || token.lower.endsWith("'s")
  );
}

/** "five sources" → 5, "two of the sources" → 2, "a source" → 1; named people have no count. */
function countSources(
  tokens: readonly Token[],
  phrase: NounPhrase,
): number | null {
  const head = tokens[phrase.head];
  if (!head || !ROLE_NOUNS.has(head.lower) || head.isCap) return null;
  const first = tokens[phrase.start];
  if (!first) return null;
  if (first.kind === "number") {
    const value = Number(first.text.replace(/,/g, ""));
    return Number.isFinite(value) ? value : null;
  }
  const word = NUMBER_WORDS.get(first.lower);
  if (word !== undefined) return word;
  if (first.lower === "both") return 2;
  if (
    (first.lower === "a" || first.lower === "an") &&
    !head.lower.endsWith("s")
  )
    return 1;
  return null;
}

/** "without evidence" doubts the attribution just before it (or the first one). */
function markDoubt(view: SentenceView, findings: AttributionFinding[]): void {
  if (findings.length === 0) return;
  const sentence = view.text.slice(
    view.start,
    Math.min(view.end, view.start + MAX_SENTENCE_CHARS),
  );
  const match = DOUBT_RE.exec(sentence);
  if (!match) return;
  const at = view.start + match.index;
  const before = findings.filter(
    (finding) => !finding.isChannel && finding.start <= at,
  );
  const target = before[before.length - 1] ?? findings[0];
  if (target) target.isDoubting = true;
}
