/**
 * Runs of capitalised words that may be names, with the cases where a capital means nothing:
 * sentence-initial ordinary words ("Expanding", "Talks" when the text also has "talks"),
 * contractions ("We’re"), hyphenated adjectives ("Muslim-majority") and Title Case headlines.
 */
import { toBareLower } from "./classify-source";
import { getDocumentMemo } from "../text/document-memo";
import {
  COMMON_ADJECTIVES,
  FUNCTION_WORDS,
  MONTHS,
  NUMBER_WORDS,
  WEEKDAYS,
  toWordSet,
} from "../lexicon/common";
import { PERSON_TITLE_SET } from "../lexicon/people";
import {
  INSTITUTION_NOUNS,
  REPORTING_VERBS,
  ROLE_NOUNS,
} from "../lexicon/sources";
import type { SentenceView, Token } from "../text/tokenize";
import { ABBREVIATED_TITLES, NAME_CONNECTORS, PRONOUNS_WITH_S, SENTENCE_OPENERS } from "../lexicon/names";

// A headline in Title Case capitalises every longer word; prose, however full of names, always
// has some lower-case ones ("did not respond"). In Title Case only cue-typed names are kept
// (a bare "Weighs" is not an entity).
const TITLE_CASE_MIN_WORDS = 4;
const TITLE_CASE_MIN_LENGTH = 4; // short words ("in", "of", "the") stay lower-case in Title Case
const CLAUSE_OPENING_MARKS = new Set([
  "“",
  '"',
  "‘",
  "(",
  "[",
  ":",
  "•",
  "—",
  "–",
]);
/** Contracted pronouns and auxiliaries ("We’re", "It's", "They'll") are never names. */
const CONTRACTION_RE = /'(?:re|ve|ll|d|m)$|n't$/;
// Characters searched either side of a sentence for a lower-case use of its first word.
const LOWERCASE_WINDOW = 20_000;
const LETTER_RE = /\p{L}/u;
// Longest run of capitalised words kept as one name; longer runs are usually lists or headlines.
/** -ly adverbs and -ing/-ed verb forms: capitalised only by position. */
const VERB_OR_ADVERB_ENDING_RE = /(?:ly|ing|ed)$/;
const MAX_RUN_TOKENS = 8;

/** A run of capitalised tokens [start, end) that may hold one or more names. */
export interface Run {
  start: number;
  end: number; // exclusive token index
}

/** true for a headline in Title Case (every longer word capitalised, no closing full stop). */
export function detectTitleCase(tokens: readonly Token[]): boolean {
  // Headlines carry no closing full stop; a capitalised sentence that ends in one is prose.
  if (tokens[tokens.length - 1]?.text === ".") return false;
  let long = 0;
  for (const token of tokens) {
    if (token.kind !== "word" || token.text.length < TITLE_CASE_MIN_LENGTH)
      continue;
    if (!token.isCap) return false;
    long += 1;
  }
  return long >= TITLE_CASE_MIN_WORDS;
}

/** An ordinary word that is capitalised only because of its position ("Expanding", "Still"). */
function isOrdinaryWord(token: Token): boolean {
  const lower = token.lower;
  return (
    FUNCTION_WORDS.has(lower) ||
    SENTENCE_OPENERS.has(lower) ||
    CONTRACTION_RE.test(lower) ||
    (lower.endsWith("'s") && PRONOUNS_WITH_S.has(lower)) ||
    NUMBER_WORDS.has(lower) ||
    COMMON_ADJECTIVES.has(lower) ||
    ROLE_NOUNS.has(lower) ||
    INSTITUTION_NOUNS.has(lower) ||
    REPORTING_VERBS.has(lower) ||
    VERB_OR_ADVERB_ENDING_RE.test(lower)
  );
}

/** The first word of the sentence, or of a quotation, list item or clause after a colon. */
function isSentenceInitial(
  tokens: readonly Token[],
  index: number,
  firstWord: number,
): boolean {
  if (index === firstWord) return true;
  const previous = tokens[index - 1];
  return (
    previous !== undefined &&
    previous.kind === "punct" &&
    CLAUSE_OPENING_MARKS.has(previous.text)
  );
}

/** Words that split a Title Case run: function words, openers, -ly/-ing/-ed verbs and adverbs. */
function isTitleCaseFiller(token: Token): boolean {
  const lower = token.lower;
  return (
    FUNCTION_WORDS.has(lower) ||
    SENTENCE_OPENERS.has(lower) ||
    REPORTING_VERBS.has(lower) ||
    VERB_OR_ADVERB_ENDING_RE.test(lower)
  );
}

function isNameToken(token: Token): boolean {
  if (token.kind !== "word" || !token.isCap || token.text === "I") return false;
  const bare = toBareLower(token);
  if (MONTHS.has(bare) || WEEKDAYS.has(bare)) return false;
  // "Muslim-majority", "Kremlin-backed": a hyphenated adjective, not a name.
  const lastPart = token.text.slice(token.text.lastIndexOf("-") + 1);
  return !(
    token.text.includes("-") &&
    lastPart.charAt(0) === lastPart.charAt(0).toLowerCase()
  );
}

/** The sentence's runs of capitalised words, without sentence-initial ordinary words. */
export function collectRuns(
  view: SentenceView,
  firstWord: number,
  isTitleCase: boolean,
): Run[] {
  const { tokens } = view;
  const runs: Run[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    const isSkipped =
      !token ||
      !isNameToken(token) ||
      (isTitleCase && isTitleCaseFiller(token)) ||
      (isSentenceInitial(tokens, index, firstWord) &&
        !PERSON_TITLE_SET.has(token.lower) &&
        (isOrdinaryWord(token) || isLowercaseElsewhere(view, token)));
    if (!token || isSkipped) {
      index += 1;
      continue;
    }
    let end = index + 1;
    while (
      end < tokens.length &&
      end - index < MAX_RUN_TOKENS &&
      !tokens[end - 1]?.lower.endsWith("'s")
    ) {
      const next = tokens[end];
      if (
        next &&
        isNameToken(next) &&
        !(isTitleCase && isTitleCaseFiller(next))
      ) {
        end += 1;
      } else if (
        next &&
        NAME_CONNECTORS.has(next.lower) &&
        tokens[end + 1] &&
        isNameToken(tokens[end + 1] as Token)
      ) {
        end += 2;
      } else if (
        next?.text === "." &&
        ABBREVIATED_TITLES.has(tokens[end - 1]?.lower ?? "") &&
        tokens[end + 1] &&
        isNameToken(tokens[end + 1] as Token)
      ) {
        end += 2; // "Mr. Smith"
      } else if (
        next?.lower === "of" &&
        tokens[end + 1]?.lower === "the" &&
        tokens[end + 2] &&
        isNameToken(tokens[end + 2] as Token)
      ) {
        end += 3; // "Council of the European Union"
      } else break;
    }
    runs.push({ start: index, end });
    index = end;
  }
  return runs;
}

/**
 * A sentence-initial capitalised word that the article also writes in lower case ("Talks …"
 * where "talks" appears elsewhere) is an ordinary word. Only a window around the sentence is
 * searched, so the cost per sentence stays bounded on huge inputs.
 */
function isLowercaseElsewhere(view: SentenceView, token: Token): boolean {
  const lower = toBareLower(token);
  if (lower === token.text || lower.length < 3) return false;
  const { text } = view;
  // When the window spans the whole text, the answer depends on the word alone: ask once per text.
  const isWholeText =
    view.start <= LOWERCASE_WINDOW &&
    view.end + LOWERCASE_WINDOW >= text.length;
  if (!isWholeText) return findLowercaseUse(view, lower);
  const uses = getDocumentMemo(text).lowercaseUses;
  let isUsed = uses.get(lower);
  if (isUsed === undefined) {
    isUsed = findLowercaseUse(view, lower);
    uses.set(lower, isUsed);
  }
  return isUsed;
}

/** Whether `lower` occurs as a whole word within LOWERCASE_WINDOW characters of the sentence. */
function findLowercaseUse(view: SentenceView, lower: string): boolean {
  const from = Math.max(0, view.start - LOWERCASE_WINDOW);
  const to = Math.min(view.text.length, view.end + LOWERCASE_WINDOW);
  let at = view.text.indexOf(lower, from);
  while (at >= 0 && at < to) {
    const before = view.text.charAt(at - 1);
    const after = view.text.charAt(at + lower.length);
    if (!LETTER_RE.test(before) && !LETTER_RE.test(after)) return true;
    at = view.text.indexOf(lower, at + lower.length);
  }
  return false;
}
